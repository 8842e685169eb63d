import { useId } from 'react'
import { useFieldError, useFormField, useFormValue } from '../../hooks/sessionFormContext'
import type { Tolerance } from '../../model/formState'
import { AdverseEventsField } from './AdverseEventsField'
import { FormPainScale } from './FormPainScale'
import { FormTextField } from './FormTextField'
import { PainChangeNote } from './PainChangeNote'
import { Segmented } from './Segmented'

const TOLERANCES: readonly { value: Tolerance; label: string }[] = [
  { value: 'good', label: 'Good' },
  { value: 'fair', label: 'Fair' },
  { value: 'poor', label: 'Poor' }
]

/** After needling: pain, PPT, how it was tolerated (Virginia Board guidance), adverse events. */
export function AfterSection() {
  const name = useId()
  const [tolerance, setTolerance] = useFormField('tolerance')
  const toleranceError = useFieldError('tolerance')
  const before = useFormValue((f) => f.painBefore)
  const after = useFormValue((f) => f.painAfter)
  return (
    <section className="card form-section" aria-labelledby="after-title">
      <div className="card__header">
        <h2 id="after-title">After needling</h2>
        <PainChangeNote before={before} after={after} />
      </div>
      <div className="form-section__body stack">
        <div className="after-grid">
          <FormPainScale name="painAfter" label="Pain after" hint="NPRS" />
          <FormTextField
            name="pptAfter"
            label="PPT after (kg/cm²)"
            inputMode="decimal"
            placeholder="Optional"
          />
          <Segmented
            legend="Tolerance"
            name={`tolerance-${name}`}
            options={TOLERANCES}
            value={tolerance}
            onChange={setTolerance}
            error={toleranceError}
          />
          <FormTextField
            name="outcome"
            label="Immediate outcome"
            placeholder="e.g. Less pain on single-leg squat"
          />
        </div>
        <AdverseEventsField />
      </div>
    </section>
  )
}
