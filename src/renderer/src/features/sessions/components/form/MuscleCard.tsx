import { SIDE_LABELS, type Side } from '@shared/domain/common'
import { findMuscle } from '@shared/domain/muscles'
import { Icon } from '@renderer/components/Icon'
import { PainScale } from '@renderer/components/PainScale'
import { useFieldError, useFormValue, useMuscleField } from '../../hooks/sessionFormContext'
import { DwellField } from './DwellField'
import { MuscleCombobox } from './MuscleCombobox'
import { MusclePointsField } from './MusclePointsField'
import { MuscleTextField } from './MuscleTextField'
import { NeedleSizeField } from './NeedleSizeField'
import { Segmented } from './Segmented'
import { TechniqueFields } from './TechniqueFields'

export type MuscleCardProps = { index: number; onRemove: (index: number) => void }

const SIDES: readonly { value: Side; label: string }[] = (
  ['left', 'right', 'bilateral'] as const
).map((value) => ({ value, label: SIDE_LABELS[value] }))

/** One needled muscle: what, which side, where, with what and how, and how it went. */
export function MuscleCard({ index, onRemove }: MuscleCardProps) {
  const rowKey = useFormValue((f) => f.muscles[index]?.key ?? String(index))
  const muscleId = useFormValue((f) => f.muscles[index]?.muscleId ?? '')
  const [side, setSide] = useMuscleField(index, 'side')
  const sideError = useFieldError(`muscles.${index}.side`)
  const [painDuring, setPainDuring] = useMuscleField(index, 'painDuring')
  const painError = useFieldError(`muscles.${index}.painDuring`)
  const [tightBefore, setTightBefore] = useMuscleField(index, 'tightnessBefore')
  const [tightAfter, setTightAfter] = useMuscleField(index, 'tightnessAfter')
  const tightBeforeError = useFieldError(`muscles.${index}.tightnessBefore`)
  const tightAfterError = useFieldError(`muscles.${index}.tightnessAfter`)
  const muscle = findMuscle(muscleId)

  return (
    <section className="muscle-card" aria-label={`Muscle ${index + 1}`} data-row={rowKey}>
      <div className="muscle-card__fields">
        <div className="muscle-card__head">
          <span className="muscle-card__number" aria-hidden="true">
            {index + 1}
          </span>
          <MuscleCombobox index={index} />
          <Segmented
            legend="Side"
            name={`side-${rowKey}`}
            options={SIDES}
            value={side ?? null}
            onChange={setSide}
            error={sideError}
          />
          <button
            type="button"
            className="btn btn--ghost btn--small muscle-card__remove"
            aria-label={`Remove muscle ${index + 1}`}
            title="Remove this muscle"
            onClick={() => onRemove(index)}
          >
            <Icon name="trash" size={15} />
          </button>
        </div>
        {muscle?.hasLungFieldPrecaution ? (
          <div className="alert alert--danger" role="note">
            <Icon name="alert" size={16} />
            <span>
              <strong>Pneumothorax precaution:</strong> {muscle.name} lies over the lung fields.
            </span>
          </div>
        ) : null}
        <div className="muscle-card__grid">
          <MuscleTextField index={index} name="needleCount" label="Needles" />
          <MuscleTextField
            index={index}
            name="insertions"
            label="Insertions"
            placeholder="Optional"
          />
          <NeedleSizeField index={index} />
          <TechniqueFields index={index} />
          <DwellField index={index} />
          <MuscleTextField
            index={index}
            name="twitchCount"
            label="Twitch responses"
            placeholder="0 = none"
          />
          <div className="muscle-card__pain">
            <PainScale
              label="Pain during"
              value={painDuring ?? null}
              onChange={setPainDuring}
              error={painError}
              isCompact
            />
          </div>
          {/* Tightness 0-10, lower is better; no published threshold (docs/clinical-reference.md, "Recovery beyond pain"). */}
          <div className="muscle-card__pain">
            <PainScale
              label="Tightness before"
              value={tightBefore ?? null}
              onChange={setTightBefore}
              error={tightBeforeError}
              isCompact
            />
          </div>
          <div className="muscle-card__pain">
            <PainScale
              label="Tightness after"
              value={tightAfter ?? null}
              onChange={setTightAfter}
              error={tightAfterError}
              isCompact
            />
          </div>
        </div>
      </div>
      <MusclePointsField index={index} />
    </section>
  )
}
