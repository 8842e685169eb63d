import { useState, type FormEvent } from 'react'
import { formatDateTime, toLocalDateTime } from '@shared/dates'
import {
  FOLLOW_UP_CHECKPOINTS,
  type FollowUpCheckpoint,
  type Session
} from '@shared/domain/session'
import { Field } from '@renderer/components/Field'
import { PainScale } from '@renderer/components/PainScale'
import { useClock } from '@renderer/lib/clock'
import { fieldErrorsOf } from '@renderer/lib/writes'
import { useSessionRecordWrites } from '../../hooks/useSessionWrites'
import { CHECKPOINT_LABELS, nextCheckpoint } from '../../model/format'

export type FollowUpsCardProps = { session: Session }

const isCheckpoint = (v: string): v is FollowUpCheckpoint =>
  (FOLLOW_UP_CHECKPOINTS as readonly string[]).includes(v)

/**
 * Post-needling soreness at 24/48/72 h (PMC5106437: immediate scores are confounded by
 * soreness; record again at 48 h), added later, e.g. from a phone call, on its own date.
 */
export function FollowUpsCard({ session }: FollowUpsCardProps) {
  const clock = useClock()
  const { addFollowUp, isBusy } = useSessionRecordWrites(session.id)
  const recorded = session.followUps.map((f) => f.checkpoint)
  const [checkpoint, setCheckpoint] = useState<FollowUpCheckpoint>(() => nextCheckpoint(recorded))
  const [recordedAt, setRecordedAt] = useState(() => toLocalDateTime(clock()))
  const [soreness, setSoreness] = useState<number | null>(null)
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const followUps = [...session.followUps].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (soreness === null) {
      setErrors({ soreness: 'Rate the soreness from 0 to 10' })
      return
    }
    const outcome = await addFollowUp({ checkpoint, recordedAt, soreness, note })
    if (!outcome.ok) {
      setErrors(fieldErrorsOf(outcome))
      return
    }
    setErrors({})
    setSoreness(null)
    setNote('')
    setCheckpoint(nextCheckpoint([...recorded, checkpoint]))
  }

  return (
    <section className="card" aria-labelledby="s-follow-ups">
      <div className="card__header">
        <h2 id="s-follow-ups">Follow-up soreness</h2>
        <span className="muted small">24 / 48 / 72 h after the session</span>
      </div>
      {followUps.length === 0 ? (
        <p className="card__body muted">No follow-up recorded yet.</p>
      ) : (
        <ul className="record-list" aria-label="Follow-ups">
          {followUps.map((f) => (
            <li key={f.id} className="row">
              <span className="badge badge--primary">{CHECKPOINT_LABELS[f.checkpoint]}</span>
              <strong className="num nowrap">{`Soreness ${f.soreness} / 10`}</strong>
              <span className="grow muted">{f.note}</span>
              <span className="muted small num">{formatDateTime(f.recordedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <form
        autoComplete="off"
        className="inline-form inline-form--follow-up"
        aria-label="Add follow-up"
        noValidate
        onSubmit={(e) => void handleSubmit(e)}
      >
        <Field label="Checkpoint" error={errors['checkpoint']}>
          <select
            className="select"
            value={checkpoint}
            onChange={(e) => isCheckpoint(e.target.value) && setCheckpoint(e.target.value)}
          >
            {FOLLOW_UP_CHECKPOINTS.map((c) => (
              <option key={c} value={c}>
                {CHECKPOINT_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Recorded at" error={errors['recordedAt']}>
          <input
            className="input"
            type="datetime-local"
            value={recordedAt}
            onChange={(e) => setRecordedAt(e.target.value)}
          />
        </Field>
        <div className="inline-form__wide">
          <PainScale
            label="Soreness"
            value={soreness}
            onChange={setSoreness}
            error={errors['soreness']}
            isCompact
          />
        </div>
        <div className="inline-form__wide inline-form__last">
          <Field label="Note" error={errors['note']}>
            <input
              className="input"
              value={note}
              placeholder="e.g. Phone call: sore like after a hard workout"
              onChange={(e) => setNote(e.target.value)}
            />
          </Field>
          <button type="submit" className="btn" disabled={isBusy}>
            Add follow-up
          </button>
        </div>
      </form>
    </section>
  )
}
