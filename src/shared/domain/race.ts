import { z } from 'zod'
import { idSchema, isoDateSchema, timestampSchema, trimmedText } from './common'

export const RACE_DISTANCE_KINDS = ['5k', '10k', 'half', 'marathon', '50k', 'custom'] as const
export const raceDistanceKindSchema = z.enum(RACE_DISTANCE_KINDS)
export type RaceDistanceKind = z.infer<typeof raceDistanceKindSchema>

/** Standard distances in km (half 21.0975, marathon 42.195: docs/clinical-reference.md, "Races"). */
export const STANDARD_DISTANCE_KM: Record<Exclude<RaceDistanceKind, 'custom'>, number> = {
  '5k': 5,
  '10k': 10,
  half: 21.0975,
  marathon: 42.195,
  '50k': 50
}

export const DISTANCE_LABELS: Record<RaceDistanceKind, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'Half marathon',
  marathon: 'Marathon',
  '50k': '50K',
  custom: 'Custom'
}

export const KM_PER_MILE = 1.609344

export const raceDistanceSchema = z
  .object({
    kind: raceDistanceKindSchema,
    /** Only for custom distances. */
    value: z.number({ error: 'Distance is a number' }).nullable(),
    unit: z.enum(['km', 'mi']).nullable()
  })
  .superRefine((d, ctx) => {
    if (d.kind !== 'custom') return
    if (d.value === null || !(d.value > 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'Enter a distance greater than zero'
      })
    } else if (d.value > 1000) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Distance looks too long' })
    }
    if (d.unit === null) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'Choose km or miles' })
    }
  })
export type RaceDistance = z.infer<typeof raceDistanceSchema>

export const racePrioritySchema = z.enum(['A', 'B', 'C'], { error: 'Choose priority A, B or C' })
export type RacePriority = z.infer<typeof racePrioritySchema>

export const PRIORITY_LABELS: Record<RacePriority, string> = {
  A: 'A race (goal race)',
  B: 'B race',
  C: 'C race'
}

const durationSeconds = (label: string) =>
  z
    .number({ error: `${label} is a time in h:mm:ss` })
    .int(`${label} is a time in h:mm:ss`)
    .positive(`${label} must be longer than zero`)
    .max(14 * 24 * 3600, `${label} looks too long`)
    .nullable()

export const raceInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the race name').max(120, 'Race name is too long'),
  date: isoDateSchema,
  distance: raceDistanceSchema,
  priority: racePrioritySchema,
  goalSeconds: durationSeconds('Goal time'),
  resultSeconds: durationSeconds('Result time'),
  notes: trimmedText(2000, 'Notes')
})
export type RaceInput = z.infer<typeof raceInputSchema>

export const raceSchema = raceInputSchema.extend({
  id: idSchema,
  patientId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema
})
export type Race = z.infer<typeof raceSchema>

export function distanceKm(distance: RaceDistance): number | null {
  if (distance.kind !== 'custom') return STANDARD_DISTANCE_KM[distance.kind]
  if (distance.value === null) return null
  return distance.unit === 'mi' ? distance.value * KM_PER_MILE : distance.value
}

export function formatDistance(distance: RaceDistance): string {
  if (distance.kind !== 'custom') return DISTANCE_LABELS[distance.kind]
  return `${distance.value ?? '?'} ${distance.unit === 'mi' ? 'mi' : 'km'}`
}

/** "3:29:59" or "45:10" -> seconds; null when the text is not a time. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)\s*$/.exec(text)
  if (!match) return null
  const [, h, mm, ss] = match
  return Number(h ?? 0) * 3600 + Number(mm) * 60 + Number(ss)
}

/** seconds -> "h:mm:ss", or "m:ss" under an hour, as runners write a 10K time ("44:10"). */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h === 0 ? `${m}:${s}` : `${h}:${String(m).padStart(2, '0')}:${s}`
}
