/**
 * Screening before needling (docs/clinical-reference.md, "Screening before needling": Kearns 2019 JMMT). Anticoagulation is a precaution,
 * not an absolute contraindication (PMID 35035647); none of these blocks a session, each is
 * shown to the therapist.
 */
export const SCREENING_KEYS = [
  'anticoagulants',
  'pregnancy',
  'infectionOrSkinLesion',
  'needlePhobia',
  'metalAllergy',
  'implantedDevice',
  'immunocompromise',
  'diabetes',
  'lymphoedema',
  'lungFieldNeedling'
] as const

export type ScreeningKey = (typeof SCREENING_KEYS)[number]

export const SCREENING_LABELS: Record<ScreeningKey, string> = {
  anticoagulants: 'Anticoagulants or bleeding disorder',
  pregnancy: 'Pregnancy',
  infectionOrSkinLesion: 'Active infection or skin lesion at the site',
  needlePhobia: 'Needle phobia',
  metalAllergy: 'Metal allergy',
  implantedDevice: 'Implanted electrical device (no e-stim)',
  immunocompromise: 'Immunocompromise',
  diabetes: 'Diabetes',
  lymphoedema: 'Lymphoedema',
  lungFieldNeedling: 'Needling near the lung fields planned (pneumothorax risk)'
}

/** Short form for flags on headers. */
export const SCREENING_SHORT: Record<ScreeningKey, string> = {
  anticoagulants: 'Anticoagulants',
  pregnancy: 'Pregnant',
  infectionOrSkinLesion: 'Infection/skin lesion',
  needlePhobia: 'Needle phobia',
  metalAllergy: 'Metal allergy',
  implantedDevice: 'Implanted device',
  immunocompromise: 'Immunocompromised',
  diabetes: 'Diabetes',
  lymphoedema: 'Lymphoedema',
  lungFieldNeedling: 'Lung-field needling'
}

/**
 * One answer of a screening, as the record states it: "not asked" is a different answer from
 * "no", and a record never shows "no precautions" for questions nobody asked (Kearns 2019
 * screening form; docs/clinical-reference.md, "Screening before needling").
 */
export type ScreeningAnswer = 'yes' | 'no' | 'not-asked'

export const SCREENING_ANSWER_LABELS: Record<ScreeningAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  'not-asked': 'Not asked'
}

/** The screening as it stood when a session was logged: every question with its answer. */
export type ScreeningRecord = {
  answers: Record<ScreeningKey, ScreeningAnswer>
  /** The day the screening was last reviewed with the patient; null when never. */
  reviewedOn: string | null
}

/** A screening record from the patient's answers (true = yes, false = no, missing = not asked). */
export function screeningRecordFrom(
  answers: Partial<Record<ScreeningKey, boolean>>,
  reviewedOn: string | null
): ScreeningRecord {
  const record = {} as Record<ScreeningKey, ScreeningAnswer>
  for (const key of SCREENING_KEYS) {
    const answer = answers[key]
    record[key] = answer === true ? 'yes' : answer === false ? 'no' : 'not-asked'
  }
  return { answers: record, reviewedOn }
}

export type ScreeningOverview = {
  precautions: ScreeningKey[]
  notAsked: ScreeningKey[]
  /** Every question was asked and none is a precaution. */
  isClear: boolean
}

export function screeningOverview(record: ScreeningRecord): ScreeningOverview {
  const precautions = SCREENING_KEYS.filter((k) => record.answers[k] === 'yes')
  const notAsked = SCREENING_KEYS.filter((k) => record.answers[k] === 'not-asked')
  return { precautions, notAsked, isClear: precautions.length === 0 && notAsked.length === 0 }
}

/**
 * The screening in a line, for exports: precautions first, then what was not asked. A session
 * logged before Racepoint kept every answer (`record` null) states only its precautions.
 */
export function screeningLine(
  record: ScreeningRecord | null,
  flags: readonly ScreeningKey[]
): string {
  if (!record) {
    return flags.length > 0
      ? `Precautions: ${flags.map((f) => SCREENING_SHORT[f]).join(', ')} (other answers not recorded)`
      : 'No precautions recorded (answers not recorded)'
  }
  const { precautions, notAsked, isClear } = screeningOverview(record)
  if (isClear) return 'No precautions (every question asked)'
  const parts: string[] = []
  parts.push(
    precautions.length > 0
      ? `Precautions: ${precautions.map((f) => SCREENING_SHORT[f]).join(', ')}`
      : 'No precautions among the questions asked'
  )
  if (notAsked.length === SCREENING_KEYS.length) return 'Screening not done: no question asked'
  if (notAsked.length > 0)
    parts.push(`not asked: ${notAsked.map((f) => SCREENING_SHORT[f]).join(', ')}`)
  return parts.join('; ')
}
