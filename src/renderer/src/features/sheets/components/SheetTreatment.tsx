import { BodyMap } from '@renderer/components/bodyMap/BodyMap'
import { MarkerKey, shapeForIndex } from '@renderer/components/bodyMap/markerShapes'
import type { SheetContent } from '@shared/domain/sheet/content'

export type SheetTreatmentProps = { content: SheetContent }

const score = (value: number | null): string => (value === null ? '–' : `${value}/10`)

/** What was needled, where, and the pain before and after; the body map beside it. */
export function SheetTreatment({ content }: SheetTreatmentProps) {
  // Each muscle's points carry its number in the list and its shape, not only its colour.
  const markers = content.muscles.flatMap((m, i) =>
    m.points.map((p) => ({ ...p, number: i + 1, shape: shapeForIndex(i) }))
  )
  return (
    <section className="sheet-treatment" aria-labelledby="sheet-treated">
      <div className="sheet-treatment__text">
        <h3 id="sheet-treated" className="sheet-title">
          What we treated today
        </h3>
        {content.muscles.length === 0 ? (
          <p>No dry needling this session.</p>
        ) : (
          <ul className="sheet-muscles" aria-label="Treated muscles">
            {content.muscles.map((m, i) => (
              <li key={i} className="sheet-keep">
                <MarkerKey shape={shapeForIndex(i)} color={m.color} number={i + 1} />
                <span>
                  <strong>{m.plain}</strong>, {m.side}
                  <span className="sheet-muscles__name">{m.name}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        {content.pain ? (
          <div className="sheet-pain sheet-keep" aria-label="Pain on a 0 to 10 scale">
            <div className="sheet-pain__box">
              <span className="sheet-pain__label">Pain before</span>
              <span className="sheet-pain__value">{score(content.pain.before)}</span>
            </div>
            <span className="sheet-pain__arrow" aria-hidden="true">
              →
            </span>
            <div className="sheet-pain__box sheet-pain__box--after">
              <span className="sheet-pain__label">Pain after</span>
              <span className="sheet-pain__value">{score(content.pain.after)}</span>
            </div>
            <span className="sheet-pain__scale">0 = no pain, 10 = worst pain</span>
          </div>
        ) : null}
        <h3 className="sheet-title">What to expect</h3>
        <p className="sheet-keep">{content.whatToExpect}</p>
      </div>
      {markers.length > 0 ? (
        <figure className="sheet-treatment__map sheet-keep">
          <BodyMap
            label="Where the needles went in"
            markers={markers}
            width={240}
            markerRadius={4}
            numberSize={10}
          />
          <figcaption>Where the needles went in</figcaption>
        </figure>
      ) : null}
    </section>
  )
}
