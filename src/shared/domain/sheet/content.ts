import { z } from 'zod'
import { idSchema, timestampSchema } from '../common'

/**
 * What a take-home sheet says, every text filled in: built from a session and the clinic's
 * texts, and kept with the session once it is handed out, so a reprint gives the runner
 * exactly what they were given that day (docs/clinical-reference.md, "What the patient was
 * given").
 */
const bodyPointSchema = z.object({
  view: z.enum(['front', 'back']),
  x: z.number(),
  y: z.number()
})

export const sheetMuscleSchema = z.object({
  /** "Outer thigh (quadriceps)" */
  plain: z.string(),
  /** "Vastus lateralis" */
  name: z.string(),
  /** "left side" */
  side: z.string(),
  color: z.string(),
  points: z.array(bodyPointSchema.extend({ color: z.string(), label: z.string() }))
})
export type SheetMuscle = z.infer<typeof sheetMuscleSchema>

export const sheetRaceSchema = z.object({
  text: z.string(),
  name: z.string(),
  date: z.string(),
  isInWindow: z.boolean()
})
export type SheetRace = z.infer<typeof sheetRaceSchema>

export const sheetContentSchema = z.object({
  clinic: z.object({
    name: z.string(),
    addressLines: z.array(z.string()),
    phone: z.string(),
    email: z.string(),
    /** Not kept with a handout (an image per sheet would fill the disk): the current logo prints. */
    logoDataUrl: z.string().nullable()
  }),
  patientName: z.string(),
  sessionDate: z.string(),
  therapist: z.string(),
  intro: z.string(),
  muscles: z.array(sheetMuscleSchema),
  pain: z.object({ before: z.number().nullable(), after: z.number().nullable() }).nullable(),
  whatToExpect: z.string(),
  helps: z.array(z.string()),
  avoid: z.array(z.string()),
  race: sheetRaceSchema.nullable(),
  warnings: z.object({
    chest: z.string().nullable(),
    signs: z.array(z.string()),
    action: z.string()
  }),
  homeExercises: z.array(z.string()),
  /** "Your progress": measures that moved, in plain words (none on sheets given before). */
  progress: z.array(z.string()).default([]),
  nextAppointment: z.string().nullable(),
  contact: z.string(),
  /** True when a muscle over the lung fields was needled. */
  hasLungFieldMuscle: z.boolean()
})
export type SheetContent = z.infer<typeof sheetContentSchema>

export const HANDOUT_WAYS = ['printed', 'saved-pdf', 'print-dialog'] as const
export type HandoutWay = (typeof HANDOUT_WAYS)[number]

export const HANDOUT_WAY_LABELS: Record<HandoutWay, string> = {
  printed: 'printed',
  'saved-pdf': 'saved as PDF',
  'print-dialog': 'printed or saved from the print dialog'
}

/** One version of a session's sheet as handed out, and each time it was given. */
export const handoutSchema = z.object({
  id: idSchema,
  content: sheetContentSchema,
  paperSize: z.enum(['A4', 'Letter']),
  given: z
    .array(z.object({ at: timestampSchema, way: z.enum(HANDOUT_WAYS) }))
    .min(1)
    .max(200)
})
export type Handout = z.infer<typeof handoutSchema>

/** The same sheet, text for text (the logo aside, which is not kept). */
export function isSameSheet(a: SheetContent, b: SheetContent): boolean {
  const strip = (c: SheetContent): string =>
    JSON.stringify({ ...c, clinic: { ...c.clinic, logoDataUrl: null } })
  return strip(a) === strip(b)
}
