/**
 * Advice a therapist can tick for the take-home sheet. Texts follow docs/clinical-reference.md
 * ("The take-home sheet"); the clinic may reword them in Settings.
 */
export const ADVICE_ITEMS = [
  {
    id: 'gentle-movement',
    group: 'helps',
    text: 'Keep moving gently: walking and light stretching ease soreness.'
  },
  { id: 'heat', group: 'helps', text: 'Warmth (a warm shower or heat pack) can ease soreness.' },
  { id: 'hydration', group: 'helps', text: 'Drink water as usual through the day.' },
  { id: 'easy-running', group: 'helps', text: 'Easy running is fine if it feels fine.' },
  {
    id: 'avoid-hard-sessions',
    group: 'avoid',
    text: 'Skip hard sessions (intervals, tempo, long runs) for the next 24-48 hours.'
  },
  { id: 'avoid-racing', group: 'avoid', text: 'Do not race in the next 72 hours.' }
] as const

export type AdviceId = (typeof ADVICE_ITEMS)[number]['id']
export const ADVICE_IDS = ADVICE_ITEMS.map((a) => a.id) as [AdviceId, ...AdviceId[]]
