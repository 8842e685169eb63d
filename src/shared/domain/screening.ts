/**
 * Screening before needling (CLINICAL.md, Kearns 2019 JMMT). Anticoagulation is a precaution,
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
