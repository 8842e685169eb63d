import { z } from 'zod'
import { idSchema, timestampSchema } from '../common'

/** The recovery code's row in the credentials table. */
export const RECOVERY_ID = 'recovery'

/**
 * A therapist's passphrase (or the clinic's recovery code) as stored: only its slow salted
 * hash, with the run of failed sign-ins that slows the next try.
 */
export const credentialSchema = z.object({
  id: z.union([idSchema, z.literal(RECOVERY_ID)]),
  salt: z.string().min(1).max(64),
  hash: z.string().min(1).max(128),
  iterations: z.number().int().min(100_000).max(10_000_000),
  /**
   * 2: `hash` is a verifier and `wrapped` the clinic's data key wrapped under the secret
   * (shared/domain/auth/hash.ts). Absent (1): from before sealing, `hash` alone.
   */
  scheme: z.literal(2).optional(),
  wrapped: z.string().min(1).max(200).optional(),
  failures: z.number().int().min(0),
  lastFailureAt: timestampSchema.nullable(),
  updatedAt: timestampSchema
})
export type Credential = z.infer<typeof credentialSchema>
