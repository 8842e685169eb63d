import type { SheetContent } from '@shared/domain/sheet/content'

export type SheetNextStepsProps = { content: SheetContent }

/** Home exercises, the next appointment and how to reach the clinic. */
export function SheetNextSteps({ content }: SheetNextStepsProps) {
  const { phone, email } = content.clinic
  return (
    <div className="sheet-columns sheet-columns--next">
      <section aria-labelledby="sheet-exercises">
        <h3 id="sheet-exercises" className="sheet-title">
          Your home exercises
        </h3>
        {content.homeExercises.length > 0 ? (
          <ol className="sheet-exercises">
            {content.homeExercises.map((line, i) => (
              <li key={i} className="sheet-keep">
                {line}
              </li>
            ))}
          </ol>
        ) : (
          <p className="sheet-muted">None this time.</p>
        )}
      </section>
      <div className="sheet-next">
        <section className="sheet-appointment sheet-keep" aria-labelledby="sheet-appointment">
          <h3 id="sheet-appointment" className="sheet-title">
            Your next appointment
          </h3>
          <p className="sheet-appointment__when">
            {content.nextAppointment ?? 'Call us to book your next visit.'}
          </p>
        </section>
        <section className="sheet-contact sheet-keep" aria-labelledby="sheet-contact">
          <h3 id="sheet-contact" className="sheet-title">
            How to reach us
          </h3>
          {content.contact ? <p>{content.contact}</p> : null}
          {phone || email ? (
            <p className="sheet-contact__details">
              {phone ? <span className="nowrap">{phone}</span> : null}
              {phone && email ? ' · ' : null}
              {email}
            </p>
          ) : null}
        </section>
      </div>
    </div>
  )
}
