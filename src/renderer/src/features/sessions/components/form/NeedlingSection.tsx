import { formatDate } from '@shared/dates'
import type { Session } from '@shared/domain/session'
import { Icon } from '@renderer/components/Icon'
import { useNotify } from '@renderer/components/Toasts'
import {
  useFieldError,
  useFormField,
  useFormValue,
  useSessionFormStores
} from '../../hooks/sessionFormContext'
import type { SessionForm } from '../../model/formState'
import { shallowEqualArrays } from '../../model/formStore'
import { addMuscle, clearErrorsAt, removeMuscle, shiftRowErrors } from '../../model/formUpdates'
import { sameAsLastTime } from '../../model/sameAsLastTime'
import { MuscleCard } from './MuscleCard'

export type NeedlingSectionProps = { lastSession: Session | null }

const muscleKeys = (f: SessionForm): string[] => f.muscles.map((m) => m.key)

function focusMuscleRow(key: string): void {
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLInputElement>(`[data-row="${CSS.escape(key)}"] [role="combobox"]`)
      ?.focus()
  )
}

export function NeedlingSection({ lastSession }: NeedlingSectionProps) {
  const { form, errors } = useSessionFormStores()
  const keys = useFormValue(muscleKeys, shallowEqualArrays)
  const [hasNeedling, setHasNeedling] = useFormField('hasNeedling')
  const musclesError = useFieldError('muscles')
  const notify = useNotify()
  const canCopy = lastSession !== null && lastSession.muscles.length > 0

  const handleAdd = (): void => {
    form.set(addMuscle)
    errors.set((e) => clearErrorsAt(e, 'muscles'))
    const added = form.get().muscles.at(-1)
    if (added) focusMuscleRow(added.key)
  }

  const handleRemove = (index: number): void => {
    form.set((f) => removeMuscle(f, index))
    errors.set((e) => shiftRowErrors(e, 'muscles', index))
  }

  const handleSameAsLastTime = (): void => {
    if (!lastSession) return
    form.set((f) => sameAsLastTime(f, lastSession))
    errors.set((e) => clearErrorsAt(e, 'muscles'))
    const n = lastSession.muscles.length
    notify(
      `Copied ${n} ${n === 1 ? 'muscle' : 'muscles'} from ${formatDate(lastSession.date)}: adjust as needed.`
    )
  }

  return (
    <section className="card form-section" aria-labelledby="needling-title">
      <div className="card__header">
        <div className="row">
          <h2 id="needling-title">Needling</h2>
          <label className="checkbox small">
            <input
              type="checkbox"
              checked={hasNeedling}
              onChange={(e) => setHasNeedling(e.target.checked)}
            />
            Needling performed
          </label>
        </div>
        {hasNeedling ? (
          <button
            type="button"
            className="btn btn--small"
            disabled={!canCopy}
            title={canCopy ? undefined : 'No earlier session with needled muscles'}
            onClick={handleSameAsLastTime}
          >
            <Icon name="clock" size={15} />
            Same as last time
            {lastSession && canCopy ? (
              <span className="muted"> · {formatDate(lastSession.date)}</span>
            ) : null}
          </button>
        ) : null}
      </div>
      {hasNeedling ? (
        <div className="form-section__body stack">
          {keys.map((key, index) => (
            <MuscleCard key={key} index={index} onRemove={handleRemove} />
          ))}
          {musclesError ? (
            <p className="field__error" role="alert" tabIndex={-1} data-error-anchor="">
              {musclesError}
            </p>
          ) : null}
          <div>
            <button type="button" className="btn btn--small" onClick={handleAdd}>
              <Icon name="plus" size={15} /> Add muscle
            </button>
          </div>
        </div>
      ) : (
        <div className="form-section__body muted">
          No needling this session: muscles and consent are not required.
        </div>
      )}
    </section>
  )
}
