import { TECHNIQUE_LABELS, TECHNIQUES, type Technique } from '@shared/domain/session'
import { Field } from '@renderer/components/Field'
import { Icon } from '@renderer/components/Icon'
import { useFieldError, useFormValue, useMuscleField } from '../../hooks/sessionFormContext'
import { MuscleTextField } from './MuscleTextField'

export type TechniqueFieldsProps = { index: number }

const isTechnique = (value: string): value is Technique =>
  (TECHNIQUES as readonly string[]).includes(value)

/** Technique, and for electrical stimulation its frequency and minutes. */
export function TechniqueFields({ index }: TechniqueFieldsProps) {
  const [technique, setTechnique] = useMuscleField(index, 'technique')
  const error = useFieldError(`muscles.${index}.technique`)
  const estimError = useFieldError(`muscles.${index}.estim`)
  const hasImplantedDevice = useFormValue((f) => f.screeningFlags.includes('implantedDevice'))
  return (
    <>
      <Field label="Technique" error={error ?? estimError}>
        <select
          className="select"
          value={technique ?? ''}
          onChange={(e) => setTechnique(isTechnique(e.target.value) ? e.target.value : null)}
        >
          <option value="">Choose…</option>
          {TECHNIQUES.map((t) => (
            <option key={t} value={t}>
              {TECHNIQUE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      {technique === 'electrical' ? (
        <>
          <MuscleTextField
            index={index}
            name="estimHz"
            errorPath="estim.frequencyHz"
            label="Frequency (Hz)"
            inputMode="decimal"
          />
          <MuscleTextField
            index={index}
            name="estimMinutes"
            errorPath="estim.minutes"
            label="Stimulation (min)"
            inputMode="decimal"
          />
          {hasImplantedDevice ? (
            <div className="alert alert--danger muscle-card__full" role="note">
              <Icon name="alert" size={16} />
              <span>
                Screening: implanted electrical device. <strong>No e-stim</strong> for this patient.
              </span>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  )
}
