import { measureDefinition } from '@shared/domain/measures/catalogue'
import { formatMeasureValue } from '@shared/domain/measures/change'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'

export type SessionMeasuresCardProps = { session: Session; settings: Settings }

/** The measures taken at this visit, as recorded. */
export function SessionMeasuresCard({ session, settings }: SessionMeasuresCardProps) {
  if (session.measures.length === 0) return null
  return (
    <section className="card" aria-labelledby="s-measures">
      <div className="card__header">
        <h2 id="s-measures">Measures</h2>
      </div>
      <div className="card__body">
        <dl className="facts">
          {session.measures.map((v) => {
            const def = measureDefinition(v.measureId, settings.measures)
            return (
              <div key={v.measureId} style={{ display: 'contents' }}>
                <dt>
                  {def?.name ?? v.measureId}
                  {def?.origin === 'clinic' ? <span className="muted"> (clinic’s own)</span> : null}
                </dt>
                <dd className="num">{def ? formatMeasureValue(def, v, settings.units) : '–'}</dd>
              </div>
            )
          })}
        </dl>
      </div>
    </section>
  )
}
