import { Icon } from '@renderer/components/Icon'
import type { SheetContent } from '@shared/domain/sheet/content'

export type SheetWarningsProps = { content: SheetContent }

/** Warning signs that need a call or urgent care; the chest warning first when it applies. */
export function SheetWarnings({ content }: SheetWarningsProps) {
  const { warnings } = content
  return (
    <section className="sheet-warnings sheet-keep" aria-labelledby="sheet-warnings">
      <h3 id="sheet-warnings" className="sheet-title sheet-title--danger">
        <Icon name="alert" size={14} /> Warning signs
      </h3>
      {warnings.chest ? (
        <p className="sheet-warnings__chest sheet-keep" role="note" aria-label="Chest warning">
          {warnings.chest}
        </p>
      ) : null}
      <ul className="sheet-warnings__list">
        {warnings.signs.map((sign) => (
          <li key={sign} className="sheet-keep">
            {sign}
          </li>
        ))}
      </ul>
      {warnings.action ? (
        <p className="sheet-warnings__action sheet-keep">{warnings.action}</p>
      ) : null}
    </section>
  )
}
