/** Running injuries a runner's physio sees most (docs/clinical-reference.md, "Running injuries and muscles"). */
export const RUNNING_INJURIES = [
  { code: 'itbs', label: 'IT band syndrome' },
  { code: 'achilles', label: 'Achilles tendinopathy' },
  { code: 'plantar', label: 'Plantar fasciopathy' },
  { code: 'mtss', label: 'Medial tibial stress syndrome (shin splints)' },
  { code: 'pfp', label: 'Patellofemoral pain' },
  { code: 'hamstring-tendinopathy', label: 'Hamstring tendinopathy' },
  { code: 'gluteal-tendinopathy', label: 'Gluteal tendinopathy' },
  { code: 'calf-strain', label: 'Calf strain' },
  { code: 'hip-flexor-strain', label: 'Hip flexor strain' },
  { code: 'low-back-pain', label: 'Low back pain' }
] as const

export type RunningInjuryCode = (typeof RUNNING_INJURIES)[number]['code']

export const RUNNING_INJURY_CODES = RUNNING_INJURIES.map((i) => i.code) as [
  RunningInjuryCode,
  ...RunningInjuryCode[]
]

export function injuryLabel(code: RunningInjuryCode): string {
  return RUNNING_INJURIES.find((i) => i.code === code)?.label ?? code
}
