import type { ReactNode } from 'react'
import { Link } from '@renderer/lib/router'
import type { Route } from '@renderer/lib/routes'

export type NotFoundProps = {
  title: string
  /** Why it may be missing, before the way back. */
  reason: ReactNode
  back: { to: Route; label: string }
}

/** A page whose record (or address) does not exist, with the way back. */
export function NotFound({ title, reason, back }: NotFoundProps) {
  return (
    <div className="page">
      <div className="card empty-state">
        <h2>{title}</h2>
        <p>
          {reason} <Link to={back.to}>{back.label}</Link>
        </p>
      </div>
    </div>
  )
}
