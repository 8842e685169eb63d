import { useCallback } from 'react'
import { formatDate } from '@shared/dates'
import type { Session } from '@shared/domain/session'
import type { Settings } from '@shared/domain/settings'
import { Icon } from '@renderer/components/Icon'
import { MeasureRows } from '@renderer/components/measures/MeasureRows'
import {
  sameMeasuresAsLastTime,
  withRunningMeasures,
  type MeasureForm
} from '@renderer/components/measures/measureForm'
import { useNotify } from '@renderer/components/Toasts'
import { useFormValue, useSessionFormStores } from '../../hooks/sessionFormContext'
import { useStoreValue } from '../../hooks/useStoreValue'
import { clearErrorsAt, setField } from '../../model/formUpdates'

export type MeasuresSectionProps = { lastSession: Session | null; settings: Settings }

const PREFIX = 'measures.'

function measureErrors(errors: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(errors))
    if (k.startsWith(PREFIX)) out[k.slice(PREFIX.length)] = v
  return out
}

const sameErrors = (a: Record<string, string>, b: Record<string, string>): boolean => {
  const ka = Object.keys(a)
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k])
}

/**
 * Measures taken at the visit (docs/clinical-reference.md, "Recovery beyond pain"): range of
 * motion, questionnaire totals, tests, strength and this week's running. Tightness is recorded
 * on each needled muscle's row.
 */
export function MeasuresSection({ lastSession, settings }: MeasuresSectionProps) {
  const { form, errors } = useSessionFormStores()
  const rows = useFormValue((f) => f.measures)
  const rowErrors = useStoreValue(errors, measureErrors, sameErrors)
  const notify = useNotify()
  const last = lastSession?.measures ?? []

  const setRows = useCallback(
    (next: MeasureForm[], answered: string) => {
      // A removed row moves the rows after it: their messages are dropped, not misplaced.
      const isRemoval = next.length < form.get().measures.length
      form.set((f) => setField(f, 'measures', next))
      errors.set((e) => clearErrorsAt(e, isRemoval ? 'measures' : `${PREFIX}${answered}`))
    },
    [form, errors]
  )

  const handleSame = (): void => {
    if (!lastSession) return
    const before = form.get().measures.length
    const next = sameMeasuresAsLastTime(form.get().measures, last, settings.measures)
    form.set((f) => setField(f, 'measures', next))
    const added = next.length - before
    notify(
      added === 0
        ? 'Every measure from last time is already in the list.'
        : `Added ${added} ${added === 1 ? 'measure' : 'measures'} taken on ${formatDate(lastSession.date)}, empty: enter today’s values.`
    )
  }

  const handleRunning = (): void => {
    form.set((f) => setField(f, 'measures', withRunningMeasures(f.measures)))
  }

  return (
    <section className="card form-section" aria-labelledby="measures-title">
      <div className="card__header measures-header">
        <div>
          <h2 id="measures-title">Measures</h2>
          <div className="muted small">
            Range of motion, function, strength and running, charted on the Progress tab
          </div>
        </div>
        <div className="row row--wrap">
          <button
            type="button"
            className="btn btn--small"
            disabled={last.length === 0}
            title={last.length === 0 ? 'No measures were taken at the last session' : undefined}
            onClick={handleSame}
          >
            <Icon name="clock" size={15} />
            Same measures as last time
            {lastSession && last.length > 0 ? (
              <span className="muted"> · {formatDate(lastSession.date)}</span>
            ) : null}
          </button>
          <button type="button" className="btn btn--small" onClick={handleRunning}>
            <Icon name="plus" size={15} />
            This week’s running
          </button>
        </div>
      </div>
      <div className="form-section__body">
        <MeasureRows
          rows={rows}
          errors={rowErrors}
          clinicMeasures={settings.measures}
          units={settings.units}
          onChange={setRows}
          emptyText="No measures yet for this visit. Tightness is rated on each needled muscle."
        />
      </div>
    </section>
  )
}
