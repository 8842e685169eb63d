import type { MouseEvent } from 'react'

export type SkipLinkProps = { targetId: string; label?: string }

/**
 * The first stop for Tab on every screen: jumps past the sidebar to the page. It moves focus
 * itself rather than following `#id`, because the URL hash is the app's route.
 */
export function SkipLink({ targetId, label = 'Skip to content' }: SkipLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault()
    const target = document.getElementById(targetId)
    target?.focus()
    target?.scrollIntoView({ block: 'start' })
  }
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={handleClick}>
      {label}
    </a>
  )
}
