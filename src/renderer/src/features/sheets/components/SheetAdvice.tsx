import { Icon } from '@renderer/components/Icon'
import type { SheetContent } from '@shared/domain/sheet/content'

export type SheetAdviceProps = { content: SheetContent }

/** The next race, then what helps and what to avoid, as the therapist ticked them. */
export function SheetAdvice({ content }: SheetAdviceProps) {
  const { race, helps, avoid } = content
  return (
    <>
      {race ? (
        <p
          className={`sheet-race sheet-keep ${race.isInWindow ? 'sheet-race--soon' : ''}`}
          aria-label="Next race"
        >
          <Icon name="races" size={16} />
          <span>{race.text}</span>
        </p>
      ) : null}
      {helps.length > 0 || avoid.length > 0 || content.progress.length > 0 ? (
        <div className="sheet-columns">
          {helps.length > 0 ? (
            <section aria-labelledby="sheet-helps">
              <h3 id="sheet-helps" className="sheet-title">
                What helps
              </h3>
              <ul className="sheet-list sheet-list--helps">
                {helps.map((line) => (
                  <li key={line} className="sheet-keep">
                    <Icon name="check" size={13} />
                    <span>{line}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <div>
            {avoid.length > 0 ? (
              <section aria-labelledby="sheet-avoid">
                <h3 id="sheet-avoid" className="sheet-title">
                  What to avoid
                </h3>
                <ul className="sheet-list sheet-list--avoid">
                  {avoid.map((line) => (
                    <li key={line} className="sheet-keep">
                      <Icon name="x" size={13} />
                      <span>{line}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {/* Under what to avoid, where the column has room, so the sheet stays one page. */}
            {content.progress.length > 0 ? (
              <section className="sheet-progress sheet-keep" aria-labelledby="sheet-progress">
                <h3 id="sheet-progress" className="sheet-title">
                  Your progress
                </h3>
                {content.progress.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </section>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  )
}
