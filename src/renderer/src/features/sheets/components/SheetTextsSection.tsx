import { useMemo, useState, type FormEvent } from 'react'
import { ADVICE_ITEMS, type AdviceId } from '@shared/domain/sheet/advice'
import type { Settings } from '@shared/domain/settings'
import { DEFAULT_SHEET_TEXTS, type SheetTexts } from '@shared/domain/sheet/texts'
import { Field } from '@renderer/components/Field'
import { useNotify } from '@renderer/components/Toasts'
import { useSheetTextsWrites } from '../hooks/useSheetTextsWrites'
import { PLACEHOLDERS, sheetTextProblems } from '@shared/domain/sheet/placeholders'
import '../sheets.css'

const ADVICE_LABELS: Record<AdviceId, string> = {
  'gentle-movement': 'Helps: gentle movement',
  heat: 'Helps: warmth',
  hydration: 'Helps: water',
  'easy-running': 'Helps: easy running',
  'avoid-hard-sessions': 'Avoid: hard sessions',
  'avoid-racing': 'Avoid: racing'
}

type TextKey = Exclude<keyof SheetTexts, 'advice'>

export type SheetTextsSectionProps = { settings: Settings }

/**
 * The standard texts of the take-home sheet. Problems with placeholders show next to their
 * text as it is typed (stored ones as soon as the section opens; never only on blur, which
 * would move the Save button under the pointer), and a text with a problem is never saved.
 */
export function SheetTextsSection({ settings }: SheetTextsSectionProps) {
  const [texts, setTexts] = useState<SheetTexts>(settings.sheet)
  const {
    saveTexts,
    errors: saveErrors,
    isSaving,
    dialog
  } = useSheetTextsWrites(settings, setTexts)
  const notify = useNotify()
  const problems = useMemo(() => sheetTextProblems(texts), [texts])

  const errorFor = (path: string): string | undefined =>
    problems[path] ?? saveErrors[`sheet.${path}`]

  const textProps = (key: TextKey) => ({
    value: texts[key],
    onChange: (e: { target: { value: string } }) =>
      setTexts((t) => ({ ...t, [key]: e.target.value }))
  })

  const handleSubmit = (e: FormEvent): void => {
    e.preventDefault()
    const count = Object.keys(problems).length
    if (count > 0) {
      notify(
        count === 1
          ? 'One sheet text needs fixing before it can be saved.'
          : `${count} sheet texts need fixing before they can be saved.`,
        { isError: true }
      )
      return
    }
    void saveTexts(texts)
  }

  return (
    <section className="card settings-section" aria-labelledby="sheet-texts-title">
      <div className="settings-section__intro">
        <h2 id="sheet-texts-title">Take-home sheet</h2>
        <p>
          The standard texts printed on every recovery sheet. Write a placeholder between braces and
          Racepoint fills it in:
        </p>
        <dl className="placeholder-list" aria-label="Placeholders">
          {PLACEHOLDERS.map((p) => (
            <div key={p.name}>
              <dt>
                <code>{`{${p.name}}`}</code>
              </dt>
              <dd>
                {p.description}
                {p.isRaceOnly ? ' (race texts only)' : ''}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <form autoComplete="off" onSubmit={handleSubmit} noValidate className="stack stack--lg">
        <fieldset className="form-grid">
          <legend className="sheet-texts__legend">Opening and what to expect</legend>
          <Field label="Opening line" error={errorFor('intro')} isWide>
            <textarea autoComplete="off" className="textarea" rows={2} {...textProps('intro')} />
          </Field>
          <Field
            label="What to expect"
            error={errorFor('whatToExpect')}
            hint="Post-needling soreness peaks at 24–48 hours and settles by about 72 (PubMed 26406209)."
            isWide
          >
            <textarea
              autoComplete="off"
              className="textarea"
              rows={3}
              {...textProps('whatToExpect')}
            />
          </Field>
        </fieldset>

        <fieldset className="form-grid">
          <legend className="sheet-texts__legend">Advice the therapist ticks in a session</legend>
          {ADVICE_ITEMS.map((item) => (
            <Field
              key={item.id}
              label={ADVICE_LABELS[item.id]}
              error={errorFor(`advice.${item.id}`)}
              isWide
            >
              <input
                className="input"
                value={texts.advice[item.id]}
                onChange={(e) =>
                  setTexts((t) => ({ ...t, advice: { ...t.advice, [item.id]: e.target.value } }))
                }
              />
            </Field>
          ))}
        </fieldset>

        <fieldset className="form-grid">
          <legend className="sheet-texts__legend">Next race</legend>
          <Field
            label="When the session falls inside the race window"
            error={errorFor('raceInWindow')}
            hint="The window is set under Preferences."
            isWide
          >
            <textarea
              autoComplete="off"
              className="textarea"
              rows={2}
              {...textProps('raceInWindow')}
            />
          </Field>
          <Field label="When the next race is further away" error={errorFor('raceAhead')} isWide>
            <textarea
              autoComplete="off"
              className="textarea"
              rows={2}
              {...textProps('raceAhead')}
            />
          </Field>
        </fieldset>

        <fieldset className="form-grid">
          <legend className="sheet-texts__legend">Warning signs</legend>
          <Field label="Warning signs, one per line" error={errorFor('warningSigns')} isWide>
            <textarea
              autoComplete="off"
              className="textarea"
              rows={4}
              {...textProps('warningSigns')}
            />
          </Field>
          <Field
            label="Chest warning"
            error={errorFor('chestWarning')}
            hint="Printed first, and only when a muscle over the lung fields was needled."
            isWide
          >
            <textarea
              autoComplete="off"
              className="textarea"
              rows={2}
              {...textProps('chestWarning')}
            />
          </Field>
          <Field label="What to do about them" error={errorFor('warningAction')} isWide>
            <textarea
              autoComplete="off"
              className="textarea"
              rows={2}
              {...textProps('warningAction')}
            />
          </Field>
        </fieldset>

        <fieldset className="form-grid">
          <legend className="sheet-texts__legend">How to reach you</legend>
          <Field label="Contact line" error={errorFor('contact')} isWide>
            <input className="input" {...textProps('contact')} />
          </Field>
        </fieldset>

        <div className="settings-section__actions" style={{ marginTop: 0 }}>
          <button type="button" className="btn" onClick={() => setTexts(DEFAULT_SHEET_TEXTS)}>
            Restore the standard texts
          </button>
          <button type="submit" className="btn btn--primary" disabled={isSaving}>
            Save sheet texts
          </button>
        </div>
      </form>
      {dialog}
    </section>
  )
}
