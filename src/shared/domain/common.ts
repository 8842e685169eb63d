import { z } from 'zod'
import { isIsoDate, isLocalDateTime } from '../dates'

export const idSchema = z.string().min(1, 'Missing id').max(64)

export const isoDateSchema = z
  .string({ error: 'Enter a date' })
  .refine(isIsoDate, 'Enter a real date (year-month-day)')

export const localDateTimeSchema = z
  .string({ error: 'Enter a date and time' })
  .refine(isLocalDateTime, 'Enter a real date and time')

/** Instants the app stamps itself (createdAt, updatedAt): full ISO 8601 in UTC. */
export const timestampSchema = z.iso.datetime({ message: 'Not a valid timestamp' })

/** Numeric Pain Rating Scale, whole points 0-10. */
export const nprsSchema = z
  .number({ error: 'Pain is a number from 0 to 10' })
  .int('Pain is a whole number from 0 to 10')
  .min(0, 'Pain runs from 0 to 10')
  .max(10, 'Pain runs from 0 to 10')

export const sideSchema = z.enum(['left', 'right', 'bilateral'], {
  error: 'Choose left, right or both sides'
})
export type Side = z.infer<typeof sideSchema>

export const SIDE_LABELS: Record<Side, string> = {
  left: 'Left',
  right: 'Right',
  bilateral: 'Both sides'
}

export const trimmedText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters)`)
