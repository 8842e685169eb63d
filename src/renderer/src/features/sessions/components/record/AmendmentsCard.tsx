import { useState, type FormEvent } from 'react'
import { formatDateTime } from '@shared/dates'
import type { Session, TherapistRef } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { Field } from '@renderer/components/Field'
import { defaultTherapist } from '@shared/domain/settings'
import { fieldErrorsOf } from '@renderer/lib/writes'
import { useSessionRecordWrites } from '../../hooks/useSessionWrites'
import { TherapistSelect } from '../form/TherapistSelect'

export type AmendmentsCardProps = { session: Session; settings: Settings }

/**
 * A finalised session is changed only by dated amendments, each signed by a therapist; the
 * original record above stays exactly as it was signed.
 */
export function AmendmentsCard({ session, settings }: AmendmentsCardProps) {
  const { amend, isBusy } = useSessionRecordWrites(session.id)
  const [by, setBy] = useState<TherapistRef | null>(() => {
    const t = defaultTherapist(settings)
    return t ? { id: t.id, name: t.name } : null
  })
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!by) {
      setErrors({ by: 'Choose who makes the amendment' })
      return
    }
    const outcome = await amend(text, by)
    if (!outcome.ok) {
      setErrors(fieldErrorsOf(outcome))
      return
    }
    setErrors({})
    setText('')
  }

  return (
    <section className="card session-page__full" aria-labelledby="s-amendments">
      <div className="card__header">
        <h2 id="s-amendments">Amendments</h2>
        <span className="muted small">The signed record above is kept as it was</span>
      </div>
      {session.amendments.length === 0 ? (
        <p className="card__body muted">No amendments.</p>
      ) : (
        <ol className="record-list" aria-label="Amendments">
          {session.amendments.map((a) => (
            <li key={a.id} className="amendment stack" style={{ gap: 4 }}>
              <span className="small">
                <strong>{formatDateTime(new Date(a.at))}</strong> · {a.by.name}
              </span>
              <span className="pre-wrap">{a.text}</span>
            </li>
          ))}
        </ol>
      )}
      <form
        autoComplete="off"
        className="inline-form inline-form--amendment"
        aria-label="Add amendment"
        noValidate
        onSubmit={(e) => void handleSubmit(e)}
      >
        <Field label="Amended by" error={errors['by'] ?? errors['by.name']}>
          <TherapistSelect settings={settings} value={by} onChange={setBy} />
        </Field>
        <Field label="Amendment" error={errors['text']}>
          <textarea
            autoComplete="off"
            className="textarea"
            rows={2}
            value={text}
            placeholder="What changes, and why"
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <button type="submit" className="btn" disabled={isBusy}>
          Add amendment
        </button>
      </form>
    </section>
  )
}
