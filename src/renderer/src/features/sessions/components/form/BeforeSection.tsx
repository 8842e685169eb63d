import type { Patient } from '@shared/domain/patient'
import { ConsentField } from './ConsentField'
import { FormPainScale } from './FormPainScale'
import { FormTextField } from './FormTextField'
import { ScreeningSummary } from './ScreeningSummary'

export type BeforeSectionProps = { patient: Patient }

export function BeforeSection({ patient }: BeforeSectionProps) {
  return (
    <section className="card form-section" aria-labelledby="before-title">
      <div className="card__header">
        <h2 id="before-title">Before needling</h2>
      </div>
      <div className="form-section__body before-grid">
        <ConsentField onFile={patient.consent} />
        <ScreeningSummary screening={patient.screening} />
        <div className="stack" style={{ gap: 10 }}>
          <FormPainScale name="painBefore" label="Pain before" hint="NPRS" />
          <FormTextField
            name="pptBefore"
            label="PPT before (kg/cm²)"
            inputMode="decimal"
            placeholder="Optional"
            className="field--narrow"
          />
        </div>
      </div>
    </section>
  )
}
