import { useEffect, useId, useRef, type ReactNode } from 'react'

export type DialogProps = {
  title: ReactNode
  children: ReactNode
  footer: ReactNode
  onClose: () => void
}

/** A modal dialog: focus moves in, Escape closes, the page behind is inert. */
export function Dialog({ title, children, footer, onClose }: DialogProps) {
  const titleId = useId()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const first = ref.current?.querySelector<HTMLElement>(
      'input, select, textarea, button:not([data-close])'
    )
    first?.focus()
    return () => previous?.focus()
  }, [])
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div ref={ref} className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <div className="dialog__header">
          <h2 id={titleId}>{title}</h2>
        </div>
        <div className="dialog__body">{children}</div>
        <div className="dialog__footer">{footer}</div>
      </div>
    </div>
  )
}
