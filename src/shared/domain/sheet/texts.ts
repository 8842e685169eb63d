import { z } from 'zod'
import { ADVICE_ITEMS, type AdviceId } from './advice'
import { trimmedText } from '../common'

/**
 * The standard texts of the take-home recovery sheet, which the clinic may reword in Settings.
 * Defaults follow docs/clinical-reference.md ("The take-home sheet"). Texts hold
 * placeholders such as {firstName} or {nextRace}, filled in when a sheet is made.
 */
export type SheetTexts = {
  intro: string
  whatToExpect: string
  advice: Record<AdviceId, string>
  /** When the session falls inside the clinic's window before a race. */
  raceInWindow: string
  /** When the next race is further away than the window. */
  raceAhead: string
  warningAction: string
  /** One warning sign per line. */
  warningSigns: string
  /** Printed whenever a muscle over the lung fields was needled, and only then. */
  chestWarning: string
  contact: string
}

export const DEFAULT_SHEET_TEXTS: SheetTexts = {
  intro:
    'Thank you for coming in today, {firstName}. Here is what we did and how to look after yourself over the next few days.',
  // Soreness in every subject, peaking at 24-48 h and gone by about 72 h: PubMed 26406209
  // (docs/clinical-reference.md, "Post-needling soreness").
  whatToExpect:
    'The treated muscles will probably feel sore, like after a hard workout. This is normal: it is usually strongest for 24–48 hours and gone by about 72 hours. A small bruise where a needle went in can also happen.',
  advice: Object.fromEntries(ADVICE_ITEMS.map((item) => [item.id, item.text])) as Record<
    AdviceId,
    string
  >,
  raceInWindow: "Your next race, the {nextRace}, is {raceWhen}: keep this week's running easy.",
  raceAhead:
    'Your next race, the {nextRace}, is {raceWhen} ({raceDate}). Tell us if your race plans change.',
  warningAction:
    'Call us on {clinicPhone} if you notice any of these. If you cannot reach us, get urgent medical care.',
  // The warning signs docs/clinical-reference.md lists for the take-home sheet.
  warningSigns: [
    'Spreading redness, heat or fever at a needle site',
    'Bleeding that will not stop',
    'Numbness or weakness that persists'
  ].join('\n'),
  chestWarning:
    'Shortness of breath or chest pain after needling near the chest: get urgent medical care straight away.',
  contact: 'Questions about your treatment? Call {clinicName} on {clinicPhone}.'
}

const text = (label: string, fallback: string, max = 1000) =>
  trimmedText(max, label).default(fallback)

const adviceShape = Object.fromEntries(
  ADVICE_ITEMS.map((item) => [item.id, text('Advice text', item.text, 300)])
) as Record<AdviceId, ReturnType<typeof text>>

/**
 * Stored sheet texts. Every text has its default, so a settings row saved before a text
 * existed still parses. Placeholder checks are not part of parsing (a stored row must always
 * load); Settings checks them before saving.
 */
export const sheetTextsSchema = z.object({
  intro: text('Opening line', DEFAULT_SHEET_TEXTS.intro, 600),
  whatToExpect: text('What to expect', DEFAULT_SHEET_TEXTS.whatToExpect),
  advice: z.object(adviceShape).prefault({}),
  raceInWindow: text('Race inside the window', DEFAULT_SHEET_TEXTS.raceInWindow, 400),
  raceAhead: text('Race further ahead', DEFAULT_SHEET_TEXTS.raceAhead, 400),
  warningAction: text('What to do about warning signs', DEFAULT_SHEET_TEXTS.warningAction, 400),
  warningSigns: text('Warning signs', DEFAULT_SHEET_TEXTS.warningSigns, 2000),
  chestWarning: text('Chest warning', DEFAULT_SHEET_TEXTS.chestWarning, 400),
  contact: text('How to reach the clinic', DEFAULT_SHEET_TEXTS.contact, 400)
}) satisfies z.ZodType<SheetTexts, unknown>
