import { formatNeedleSize, NEEDLE_PRESETS } from '@shared/domain/session'
import { Field } from '@renderer/components/Field'
import { useFieldError, useMuscleField } from '../../hooks/sessionFormContext'
import { CUSTOM_NEEDLE, needlePresetKey } from '../../model/formState'
import { MuscleTextField } from './MuscleTextField'

export type NeedleSizeFieldProps = { index: number }

/** Needle diameter x length: a common size from the list, or a custom one. */
export function NeedleSizeField({ index }: NeedleSizeFieldProps) {
  const [size, setSize] = useMuscleField(index, 'needleSize')
  const error = useFieldError(`muscles.${index}.needleSize`)
  return (
    <>
      <Field label="Needle size" error={error}>
        <select className="select" value={size ?? ''} onChange={(e) => setSize(e.target.value)}>
          {NEEDLE_PRESETS.map((preset) => (
            <option key={needlePresetKey(preset)} value={needlePresetKey(preset)}>
              {formatNeedleSize(preset)}
            </option>
          ))}
          <option value={CUSTOM_NEEDLE}>Custom size…</option>
        </select>
      </Field>
      {size === CUSTOM_NEEDLE ? (
        <>
          <MuscleTextField
            index={index}
            name="customDiameter"
            errorPath="needleSize.diameterMm"
            label="Diameter (mm)"
            inputMode="decimal"
          />
          <MuscleTextField
            index={index}
            name="customLength"
            errorPath="needleSize.lengthMm"
            label="Length (mm)"
            inputMode="decimal"
          />
        </>
      ) : null}
    </>
  )
}
