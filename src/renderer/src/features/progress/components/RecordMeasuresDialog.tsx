import { useState, type FormEvent } from 'react'
import { toLocalDateTime } from '@shared/dates'
import type { Settings } from '@shared/domain/settings'
import { Dialog } from '@renderer/components/Dialog'
import { Field } from '@renderer/components/Field'
import { MeasureRows } from '@renderer/components/measures/MeasureRows'
import {
  measureValuesFrom,
  withRunningMeasures,
  type MeasureForm
} from '@renderer/components/measures/measureForm'
import { useClock } from '@renderer/lib/clock'
import { useMeasureWrites } from '../hooks/useMeasureRecordings'

export type RecordMeasuresDialogProps = {
  patientId: string
  settings: Settings
  onClose: () => void
}

const PREFIX = 'values.'

/** Measures taken between visits: a questionnaire returned by email, this week's running. */
export function RecordMeasuresDialog({ patientId, settings, onClose }: RecordMeasuresDialogProps) {
  const clock = useClock()
  const writes = useMeasureWrites()
  const [takenAt, setTakenAt] = useState(() => toLocalDateTime(clock()).slice(0, 16))
  const [note, setNote] = useState('')
  const [rows, setRows] = useState<MeasureForm[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [isSaving, setIsSaving] = useState(false)

  const rowErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(PREFIX))
      .map(([k, v]) => [k.slice(PREFIX.length), v])
  )

  const handleSubmit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault()
    const { values, problems } = measureValuesFrom(rows, settings.units)
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([k, v]) => [`${PREFIX}${k}`, v])))
      return
    }
    setIsSaving(true)
    const result = await writes.create(patientId, { takenAt, values, note })
    setIsSaving(false)
    if (result.ok) onClose()
    else if (result.error.kind === 'validation') setErrors(result.error.fields)
  }

  return (
    <Dialog
      title="Record measures between visits"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form="record-measures"
            className="btn btn--primary"
            disabled={isSaving}
          >
            {isSaving ? 'Saving…' : 'Save measures'}
          </button>
        </>
      }
    >
      <form
        id="record-measures"
        className="stack"
        noValidate
        onSubmit={(e) => void handleSubmit(e)}
      >
        <p className="muted small">
          A questionnaire returned by email, or this week’s running. Totals only: the questionnaire
          itself stays on the clinic’s own form.
        </p>
        <div className="form-grid">
          <Field label="Taken on" error={errors['takenAt']}>
            <input
              className="input"
              type="datetime-local"
              value={takenAt}
              onChange={(e) => setTakenAt(e.target.value)}
            />
          </Field>
          <Field label="Note" hint="Optional" error={errors['note']}>
            <input
              className="input"
              autoComplete="off"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Field>
        </div>
        <div>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => setRows((r) => withRunningMeasures(r))}
          >
            This week’s running
          </button>
        </div>
        <MeasureRows
          rows={rows}
          errors={rowErrors}
          clinicMeasures={settings.measures}
          units={settings.units}
          emptyText="Choose the measures to record."
          onChange={(next, answered) => {
            setRows(next)
            setErrors((e) => {
              const path = `${PREFIX}${answered}`
              const isRemoval = next.length < rows.length
              return Object.fromEntries(
                Object.entries(e).filter(([k]) =>
                  isRemoval ? !k.startsWith('values') : !(k === path || k.startsWith(`${path}.`))
                )
              )
            })
          }}
        />
        {errors['values'] ? (
          <p className="field__error" role="alert">
            {errors['values']}
          </p>
        ) : null}
      </form>
    </Dialog>
  )
}
