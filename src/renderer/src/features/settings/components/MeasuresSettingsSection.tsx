import { useState, type FormEvent } from 'react'
import {
  CLINIC_MEASURE_KINDS,
  MEASURE_KIND_LABELS,
  newClinicMeasureId,
  type ClinicMeasure
} from '@shared/domain/measures/catalogue'
import { DEFAULT_LIMB_SYMMETRY_PERCENT } from '@shared/domain/measures/symmetry'
import { DEFAULT_RUNNING_PAIN, type Settings } from '@shared/domain/settings'
import { newId } from '@shared/ids'
import { Field } from '@renderer/components/Field'
import { useSettingsWrites } from '../hooks/useSettingsWrites'

export type MeasuresSettingsSectionProps = { settings: Settings }

/** A number typed into a field, or NaN so validation names the field. */
const toNumber = (text: string): number => {
  const t = text.trim().replace(',', '.')
  return /^-?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN
}

type Draft = {
  name: string
  unit: string
  kind: ClinicMeasure['kind']
  isSided: boolean
  min: string
  max: string
  better: ClinicMeasure['better']
  threshold: string
}

const EMPTY: Draft = {
  name: '',
  unit: '',
  kind: 'number',
  isSided: false,
  min: '0',
  max: '',
  better: 'higher',
  threshold: ''
}

/**
 * Settings, Measures: the clinic's own measures beside the reference's (no threshold unless the
 * clinic sets one), the limb symmetry counted as ready and the pain-monitoring bounds for
 * running (docs/clinical-reference.md, "Recovery beyond pain").
 */
export function MeasuresSettingsSection({ settings }: MeasuresSettingsSectionProps) {
  const { save, errors, isSaving, dialog } = useSettingsWrites(settings)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [symmetry, setSymmetry] = useState(String(settings.limbSymmetryPercent))
  const [safeUpTo, setSafeUpTo] = useState(String(settings.runningPain.safeUpTo))
  const [acceptableUpTo, setAcceptableUpTo] = useState(String(settings.runningPain.acceptableUpTo))
  const index = settings.measures.length
  const err = (field: string): string | undefined => errors[`measures.${index}.${field}`]
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void =>
    setDraft((d) => ({ ...d, [key]: value }))
  const isScale = draft.kind === 'result' || draft.kind === 'rating'

  const handleAdd = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    const measure: ClinicMeasure = {
      id: newClinicMeasureId(newId()),
      name: draft.name,
      unit: isScale ? '' : draft.unit,
      kind: draft.kind,
      isSided: draft.isSided,
      min: isScale ? 0 : toNumber(draft.min),
      max: draft.kind === 'result' ? 1 : draft.kind === 'rating' ? 10 : toNumber(draft.max),
      better: draft.better,
      threshold: draft.threshold.trim() === '' ? null : toNumber(draft.threshold),
      isRetired: false
    }
    const result = await save(
      { measures: [...settings.measures, measure] },
      `${draft.name.trim()} added`
    )
    if (result.ok) setDraft(EMPTY)
  }

  const handleRetire = (m: ClinicMeasure, isRetired: boolean): void => {
    void save(
      { measures: settings.measures.map((x) => (x.id === m.id ? { ...x, isRetired } : x)) },
      isRetired ? `${m.name} retired` : `${m.name} back in use`
    )
  }

  const handleLimits = (e: FormEvent): void => {
    e.preventDefault()
    void save(
      {
        limbSymmetryPercent: toNumber(symmetry),
        runningPain: { safeUpTo: toNumber(safeUpTo), acceptableUpTo: toNumber(acceptableUpTo) }
      },
      'Measure settings saved'
    )
  }

  return (
    <section className="card settings-section" aria-labelledby="measures-settings-title">
      <div className="settings-section__intro">
        <h2 id="measures-settings-title">Measures</h2>
        <p>
          The measures Racepoint knows come from its clinical reference, each with its source. Add
          the clinic’s own here: they carry no threshold for a real change unless you set one, and
          the app says they are the clinic’s.
        </p>
      </div>
      <div className="stack stack--lg">
        <form onSubmit={handleLimits} noValidate className="stack">
          <div className="form-grid form-grid--3">
            <Field
              label="Limb symmetry counted as ready (%)"
              error={errors['limbSymmetryPercent']}
              hint={`Default ${DEFAULT_LIMB_SYMMETRY_PERCENT}%: injured side against the other, a common return-to-sport criterion.`}
            >
              <input
                className="input"
                inputMode="numeric"
                value={symmetry}
                onChange={(e) => setSymmetry(e.target.value)}
              />
            </Field>
            <Field
              label="Running pain counted as safe, up to (0–10)"
              error={errors['runningPain.safeUpTo']}
              hint={`Default ${DEFAULT_RUNNING_PAIN.safeUpTo} (pain-monitoring model).`}
            >
              <input
                className="input"
                inputMode="numeric"
                value={safeUpTo}
                onChange={(e) => setSafeUpTo(e.target.value)}
              />
            </Field>
            <Field
              label="Running pain acceptable, up to (0–10)"
              error={errors['runningPain.acceptableUpTo']}
              hint={`Default ${DEFAULT_RUNNING_PAIN.acceptableUpTo}, if it settles by the next morning.`}
            >
              <input
                className="input"
                inputMode="numeric"
                value={acceptableUpTo}
                onChange={(e) => setAcceptableUpTo(e.target.value)}
              />
            </Field>
          </div>
          <div>
            <button type="submit" className="btn" disabled={isSaving}>
              Save measure settings
            </button>
          </div>
        </form>

        <div className="stack">
          <h3>The clinic’s own measures</h3>
          {settings.measures.length === 0 ? (
            <p className="muted small">None yet.</p>
          ) : (
            <table className="table" aria-label="The clinic’s own measures">
              <thead>
                <tr>
                  <th>Measure</th>
                  <th>Recorded as</th>
                  <th>Range</th>
                  <th>Better</th>
                  <th>Threshold</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {settings.measures.map((m) => (
                  <tr key={m.id} className={m.isRetired ? 'muted' : undefined}>
                    <td>
                      {m.name}
                      {m.isRetired ? ' (retired)' : ''}
                    </td>
                    <td>
                      {MEASURE_KIND_LABELS[m.kind]}
                      {m.isSided ? ', per side' : ''}
                    </td>
                    <td className="num">
                      {m.kind === 'result' ? '–' : `${m.min}–${m.max}${m.unit ? ` ${m.unit}` : ''}`}
                    </td>
                    <td>
                      {m.kind === 'result'
                        ? 'Negative'
                        : m.better === 'higher'
                          ? 'Higher'
                          : 'Lower'}
                    </td>
                    <td>
                      {m.threshold === null
                        ? 'None (change shown only)'
                        : `${m.threshold}, the clinic’s`}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn--small"
                        onClick={() => handleRetire(m, !m.isRetired)}
                      >
                        {m.isRetired ? 'Use again' : 'Retire'}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>

        <form
          onSubmit={(e) => void handleAdd(e)}
          noValidate
          className="stack"
          aria-label="Add a measure of the clinic’s own"
        >
          <h3>Add a measure</h3>
          <div className="form-grid form-grid--3">
            <Field label="Name" error={err('name')}>
              <input
                className="input"
                autoComplete="off"
                value={draft.name}
                onChange={(e) => set('name', e.target.value)}
              />
            </Field>
            <Field label="Recorded as" error={err('kind')}>
              <select
                className="select"
                value={draft.kind}
                onChange={(e) => set('kind', e.target.value as ClinicMeasure['kind'])}
              >
                {CLINIC_MEASURE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {MEASURE_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </Field>
            {isScale ? null : (
              <Field label="Unit" hint="e.g. kg, s, degrees" error={err('unit')}>
                <input
                  className="input"
                  autoComplete="off"
                  value={draft.unit}
                  onChange={(e) => set('unit', e.target.value)}
                />
              </Field>
            )}
            {isScale ? null : (
              <Field label="Lowest value" error={err('min')}>
                <input
                  className="input"
                  inputMode="decimal"
                  value={draft.min}
                  onChange={(e) => set('min', e.target.value)}
                />
              </Field>
            )}
            {isScale ? null : (
              <Field label="Highest value" error={err('max')}>
                <input
                  className="input"
                  inputMode="decimal"
                  value={draft.max}
                  onChange={(e) => set('max', e.target.value)}
                />
              </Field>
            )}
            {draft.kind === 'result' ? null : (
              <Field label="Better is" error={err('better')}>
                <select
                  className="select"
                  value={draft.better}
                  onChange={(e) => set('better', e.target.value === 'lower' ? 'lower' : 'higher')}
                >
                  <option value="higher">Higher</option>
                  <option value="lower">Lower</option>
                </select>
              </Field>
            )}
            {draft.kind === 'result' ? null : (
              <Field
                label="Threshold for a real change"
                hint="Optional: leave empty unless the clinic has one; the change is then shown without a claim."
                error={err('threshold')}
              >
                <input
                  className="input"
                  inputMode="decimal"
                  value={draft.threshold}
                  onChange={(e) => set('threshold', e.target.value)}
                />
              </Field>
            )}
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.isSided}
              onChange={(e) => set('isSided', e.target.checked)}
            />
            Recorded per side (left and right)
          </label>
          <div>
            <button type="submit" className="btn btn--primary" disabled={isSaving}>
              Add measure
            </button>
          </div>
        </form>
      </div>
      {dialog}
    </section>
  )
}
