import {
  ADVERSE_EVENT_CATEGORIES,
  ADVERSE_EVENT_LABELS,
  ADVERSE_EVENT_SEVERITIES
} from '@shared/domain/session'
import { Field } from '@renderer/components/Field'
import { Icon } from '@renderer/components/Icon'
import { useFormValue, useSessionFormStores } from '../../hooks/sessionFormContext'
import { useStoreValue } from '../../hooks/useStoreValue'
import {
  addAdverseEvent,
  clearErrorsAt,
  removeAdverseEvent,
  shiftRowErrors,
  updateAdverseEvent
} from '../../model/formUpdates'
import type { AdverseEventForm } from '../../model/formState'

const SEVERITY_LABELS = { mild: 'Mild', significant: 'Significant', serious: 'Serious' } as const

const isCategory = (v: string): v is (typeof ADVERSE_EVENT_CATEGORIES)[number] =>
  (ADVERSE_EVENT_CATEGORIES as readonly string[]).includes(v)
const isSeverity = (v: string): v is (typeof ADVERSE_EVENT_SEVERITIES)[number] =>
  (ADVERSE_EVENT_SEVERITIES as readonly string[]).includes(v)

/**
 * Adverse events: categories from Brady 2014 (PubMed 25125935), classes mild / significant /
 * serious from Physiotherapy Alberta.
 */
export function AdverseEventsField() {
  const { form, errors } = useSessionFormStores()
  const events = useFormValue((f) => f.adverseEvents)
  const allErrors = useStoreValue(errors, (e) => e)

  const update = (index: number, patch: Partial<Omit<AdverseEventForm, 'key'>>): void => {
    form.set((f) => updateAdverseEvent(f, index, patch))
    for (const key of Object.keys(patch)) {
      errors.set((e) => clearErrorsAt(e, `adverseEvents.${index}.${key}`))
    }
  }

  return (
    <div className="stack adverse-events" style={{ gap: 8 }}>
      <div className="row row--between">
        <span className="field__label">Adverse events</span>
        <button type="button" className="btn btn--small" onClick={() => form.set(addAdverseEvent)}>
          <Icon name="plus" size={15} /> Add adverse event
        </button>
      </div>
      {events.length === 0 ? <p className="muted small">None recorded.</p> : null}
      {events.map((event, i) => (
        <div
          key={event.key}
          className="adverse-event"
          role="group"
          aria-label={`Adverse event ${i + 1}`}
        >
          <Field label="What happened" error={allErrors[`adverseEvents.${i}.category`]}>
            <select
              className="select"
              value={event.category ?? ''}
              onChange={(e) =>
                update(i, { category: isCategory(e.target.value) ? e.target.value : null })
              }
            >
              <option value="">Choose…</option>
              {ADVERSE_EVENT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {ADVERSE_EVENT_LABELS[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Class" error={allErrors[`adverseEvents.${i}.severity`]}>
            <select
              className="select"
              value={event.severity ?? ''}
              onChange={(e) =>
                update(i, { severity: isSeverity(e.target.value) ? e.target.value : null })
              }
            >
              <option value="">Choose…</option>
              {ADVERSE_EVENT_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Note" error={allErrors[`adverseEvents.${i}.note`]}>
            <input
              className="input"
              value={event.note}
              autoComplete="off"
              placeholder="What you saw and did"
              onChange={(e) => update(i, { note: e.target.value })}
            />
          </Field>
          <button
            type="button"
            className="btn btn--ghost btn--small adverse-event__remove"
            aria-label={`Remove adverse event ${i + 1}`}
            onClick={() => {
              form.set((f) => removeAdverseEvent(f, i))
              errors.set((e) => shiftRowErrors(e, 'adverseEvents', i))
            }}
          >
            <Icon name="trash" size={15} />
          </button>
        </div>
      ))}
    </div>
  )
}
