import type { TodayList } from '@renderer/lib/routes'
import { Link } from '@renderer/lib/router'

export type ListFooterProps = {
  shown: number
  total: number
  isExact: boolean
  /** The list goes on past what was counted: there are more than `total`. */
  isOver?: boolean
  list: TodayList
  /** On the list's own page: shows the next rows in place instead of linking there. */
  onShowMore?: () => void
  /** What the rows are, for the link's name ("appointments today"). */
  what: string
}

/** Under a list cut short: how many it holds in all, and the way to the rest. */
export function ListFooter({
  shown,
  total,
  isExact,
  isOver = false,
  list,
  onShowMore,
  what
}: ListFooterProps) {
  if (isExact && total <= shown) return null
  const more = total - shown
  const text = isExact
    ? `${more} more ${what}`
    : isOver
      ? `Over ${more} more ${what}`
      : more > 0
        ? `Up to ${more} more ${what}`
        : `More ${what}`
  return (
    <div className="today-more row">
      <span className="muted small">{text}</span>
      {onShowMore ? (
        <button type="button" className="btn btn--ghost btn--small" onClick={onShowMore}>
          Show more {what}
        </button>
      ) : (
        <Link to={{ name: 'today', list }} className="today-more__link">
          See all {what}
        </Link>
      )}
    </div>
  )
}
