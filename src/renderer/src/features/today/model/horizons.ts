/**
 * How far the Today screen looks. These are reminder horizons for planning the day, not
 * clinical rules, except where a source is named.
 */
export const APPOINTMENT_HORIZON_DAYS = 7
/** Races this close are listed (issue: "races in the next 14 days"). */
export const RACE_HORIZON_DAYS = 14
/** An A race this close, with the runner not seen lately, asks for a check-in. */
export const A_RACE_SOON_DAYS = 28
export const NOT_SEEN_DAYS = 14
/**
 * Post-needling soreness peaks at 24-48 h and resolves by about 72 h (PubMed 26406209,
 * docs/clinical-reference.md, "Post-needling soreness"): needling this recent may still be felt on race day.
 */
export const SORENESS_HOURS = 72
/** Soreness checks at 24, 48 and 72 h (PMC5106437); a check still open a day after the last is dropped. */
export const CHECKPOINT_HOURS = { '24h': 24, '48h': 48, '72h': 72 } as const
export const FOLLOW_UP_LISTED_HOURS = 72 + 24
export const ADVERSE_EVENT_DAYS = 14
