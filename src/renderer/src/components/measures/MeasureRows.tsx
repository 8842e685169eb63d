import { Fragment, useId, type ReactNode } from 'react'
import {
  measureDefinition,
  recordableMeasures,
  RETURN_STAGES,
  type ClinicMeasure,
  type MeasureDefinition,
  type MeasureGroup
} from '@shared/domain/measures/catalogue'
import { displayUnit, type DistanceUnit } from '@shared/domain/measures/change'
import { MAX_PSFS_ACTIVITIES } from '@shared/domain/measures/values'
import { Field } from '../Field'
import { Icon } from '../Icon'
import { emptyActivity, emptyMeasureForm, type MeasureForm } from './measureForm'
import './measures.css'

export type MeasureRowsProps = {
  rows: readonly MeasureForm[]
  /** Refused input by path within the list ("0.left", "2.activities.0.score"). */
  errors: Readonly<Record<string, string>>
  clinicMeasures: readonly ClinicMeasure[]
  units: DistanceUnit
  /** The new rows, and the path whose message the change answers. */
  onChange: (rows: MeasureForm[], answered: string) => void
  /** Shown when no measure is in the list yet. */
  emptyText?: ReactNode
}

const GROUP_LABELS: Record<MeasureGroup, string> = {
  range: 'Range of motion',
  function: 'Function (questionnaire totals)',
  tightness: 'Tightness tests',
  strength: 'Strength and endurance',
  running: 'Running'
}

function focusRow(key: string): void {
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLElement>(`[data-measure-row="${CSS.escape(key)}"] :is(input, select)`)
      ?.focus()
  )
}

const unitText = (unit: string): string => (unit && unit !== '/10' ? ` (${unit})` : '')

type SideFieldProps = {
  def: MeasureDefinition
  label: string
  value: string
  error: string | undefined
  unit: string
  onChange: (value: string) => void
}

/** One number, or positive / negative, or a stage: the control for one value of a measure. */
function ValueField({ def, label, value, error, unit, onChange }: SideFieldProps) {
  const name = (
    <>
      <span className="visually-hidden">{def.shortName} </span>
      {label}
      {unitText(unit)}
    </>
  )
  if (def.kind === 'result') {
    return (
      <Field label={name} error={error}>
        <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Not tested</option>
          <option value="0">Negative</option>
          <option value="1">Positive</option>
        </select>
      </Field>
    )
  }
  if (def.kind === 'stage') {
    return (
      <Field label={name} error={error}>
        <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose a stage</option>
          {RETURN_STAGES.map((stage, i) => (
            <option key={stage} value={String(i)}>
              {stage}
            </option>
          ))}
        </select>
      </Field>
    )
  }
  return (
    <Field
      label={name}
      error={error}
      hint={def.kind === 'total' || def.kind === 'rating' ? `${def.min}–${def.max}` : undefined}
    >
      <input
        className="input measure-row__number"
        inputMode={def.decimals > 0 ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  )
}

/**
 * The measures being recorded, one row each, with a picker to add another. Controlled: the
 * session form and the recording between visits keep the rows and their errors.
 */
export function MeasureRows({
  rows,
  errors,
  clinicMeasures,
  units,
  onChange,
  emptyText
}: MeasureRowsProps) {
  const pickerId = useId()
  const present = new Set(rows.map((r) => r.measureId))
  const choices = recordableMeasures(clinicMeasures).filter((m) => !present.has(m.id))
  const groups = (Object.keys(GROUP_LABELS) as MeasureGroup[])
    .map((g) => ({
      group: g,
      measures: choices.filter((m) => m.group === g && m.origin === 'reference')
    }))
    .filter((g) => g.measures.length > 0)
  const own = choices.filter((m) => m.origin === 'clinic')

  const update = (index: number, patch: Partial<MeasureForm>, answered: string): void => {
    const next = rows.map((r, i) => (i === index ? { ...r, ...patch } : r))
    onChange(next, `${index}.${answered}`)
  }
  const handleAdd = (measureId: string): void => {
    if (!measureId) return
    const row = emptyMeasureForm(measureId, clinicMeasures)
    onChange([...rows, row], String(rows.length))
    focusRow(row.key)
  }

  return (
    <div className="measure-rows stack">
      {rows.length === 0 && emptyText ? <p className="muted small">{emptyText}</p> : null}
      {rows.map((row, index) => {
        const def = measureDefinition(row.measureId, clinicMeasures)
        const err = (path: string): string | undefined => errors[`${index}.${path}`]
        if (!def) {
          return (
            <div key={row.key} className="measure-row" data-measure-row={row.key}>
              <span>Unknown measure ({row.measureId})</span>
            </div>
          )
        }
        const unit = displayUnit(def, units)
        return (
          <fieldset key={row.key} className="measure-row" data-measure-row={row.key}>
            <legend className="measure-row__name">
              {def.name}
              {def.origin === 'clinic' ? (
                <span className="badge measure-row__badge">Clinic’s own</span>
              ) : null}
            </legend>
            <div className="measure-row__fields">
              {def.kind === 'psfs' ? (
                <div className="measure-row__activities stack">
                  {row.activities.map((a, j) => (
                    <div key={a.key} className="measure-row__activity">
                      <Field label={`Activity ${j + 1}`} error={err(`activities.${j}.name`)}>
                        <input
                          className="input"
                          autoComplete="off"
                          placeholder="e.g. Run 10 km"
                          value={a.name}
                          onChange={(e) =>
                            update(
                              index,
                              {
                                activities: row.activities.map((x, k) =>
                                  k === j ? { ...x, name: e.target.value } : x
                                )
                              },
                              `activities.${j}.name`
                            )
                          }
                        />
                      </Field>
                      <Field
                        label={`Activity ${j + 1} score (0–10)`}
                        error={err(`activities.${j}.score`)}
                      >
                        <input
                          className="input measure-row__number"
                          inputMode="decimal"
                          autoComplete="off"
                          value={a.score}
                          onChange={(e) =>
                            update(
                              index,
                              {
                                activities: row.activities.map((x, k) =>
                                  k === j ? { ...x, score: e.target.value } : x
                                )
                              },
                              `activities.${j}.score`
                            )
                          }
                        />
                      </Field>
                    </div>
                  ))}
                  {err('activities') ? (
                    <span className="field__error" role="alert">
                      {err('activities')}
                    </span>
                  ) : null}
                  {row.activities.length < MAX_PSFS_ACTIVITIES ? (
                    <div>
                      <button
                        type="button"
                        className="btn btn--small btn--ghost"
                        onClick={() =>
                          update(
                            index,
                            { activities: [...row.activities, emptyActivity()] },
                            'activities'
                          )
                        }
                      >
                        <Icon name="plus" size={14} /> Add activity
                      </button>
                    </div>
                  ) : null}
                </div>
              ) : def.isSided ? (
                (['left', 'right'] as const).map((side) => (
                  <Fragment key={side}>
                    <ValueField
                      def={def}
                      label={side === 'left' ? 'Left' : 'Right'}
                      unit={unit}
                      value={row[side]}
                      error={err(side)}
                      onChange={(v) =>
                        update(index, { [side]: v }, side === 'left' ? 'left' : side)
                      }
                    />
                  </Fragment>
                ))
              ) : (
                <ValueField
                  def={def}
                  label={
                    def.kind === 'stage' ? 'Stage' : def.kind === 'result' ? 'Result' : 'Score'
                  }
                  unit={unit}
                  value={row.value}
                  error={err('value')}
                  onChange={(v) => update(index, { value: v }, 'value')}
                />
              )}
            </div>
            <button
              type="button"
              className="btn btn--ghost btn--small measure-row__remove"
              aria-label={`Remove ${def.shortName}`}
              title="Remove this measure"
              onClick={() =>
                onChange(
                  rows.filter((_, i) => i !== index),
                  String(index)
                )
              }
            >
              <Icon name="trash" size={15} />
            </button>
          </fieldset>
        )
      })}
      {choices.length > 0 ? (
        <div className="measure-rows__add">
          <label htmlFor={pickerId} className="field__label">
            Add a measure
          </label>
          <select
            id={pickerId}
            className="select"
            value=""
            onChange={(e) => handleAdd(e.target.value)}
          >
            <option value="">Choose a measure…</option>
            {groups.map((g) => (
              <optgroup key={g.group} label={GROUP_LABELS[g.group]}>
                {g.measures.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ))}
            {own.length > 0 ? (
              <optgroup label="The clinic’s own">
                {own.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
      ) : null}
    </div>
  )
}
