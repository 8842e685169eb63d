import type { SheetContent } from '@shared/domain/sheet/content'

export type SheetHeaderProps = { content: SheetContent }

function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean)
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('')
}

/** The clinic and the patient at the top of every printed page. */
export function SheetHeader({ content }: SheetHeaderProps) {
  const { clinic } = content
  return (
    <div className="sheet-header">
      <div className="sheet-header__clinic">
        {clinic.logoDataUrl ? (
          <img
            className="sheet-header__logo"
            src={clinic.logoDataUrl}
            alt={`${clinic.name} logo`}
          />
        ) : clinic.name ? (
          <span className="sheet-header__monogram" aria-hidden="true">
            {initialsOf(clinic.name)}
          </span>
        ) : null}
        <div>
          <div className="sheet-header__clinic-name">{clinic.name}</div>
          <div className="sheet-header__clinic-lines">
            {clinic.addressLines.map((line) => (
              <span key={line}>{line}</span>
            ))}
            {clinic.phone || clinic.email ? (
              <span>
                {clinic.phone ? <span className="nowrap">{clinic.phone}</span> : null}
                {clinic.phone && clinic.email ? ' · ' : null}
                {clinic.email}
              </span>
            ) : null}
          </div>
        </div>
      </div>
      <div className="sheet-header__patient">
        <div className="sheet-header__kicker">Your recovery sheet</div>
        <h2 className="sheet-header__name">{content.patientName}</h2>
        <div className="sheet-header__when">
          {content.sessionDate} · with {content.therapist}
        </div>
      </div>
    </div>
  )
}
