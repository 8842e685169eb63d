import { z } from 'zod'
import { idSchema } from '@shared/domain/common'
import { RECOVERY_ID, type Credential } from '@shared/domain/auth/credential'
import { BACKUP_FORMAT } from './format'

/**
 * The sealed backup file (format version 2), made once the clinic's data is sealed:
 *
 *   {"format":"racepoint-backup","formatVersion":2,…,"keyId":…,"credentials":[…],"therapists":[…]}\n
 *   <chunk 0><chunk 1>…<chunk n-1>
 *
 * The first line is a clear header: what a restorer needs before any key is open (versions,
 * which clinic key sealed it, the wrapped copies of that key, and who can open it). Nothing in
 * it is clinical. What follows is a whole version-1 backup document (./format.ts, with its
 * counts and SHA-256 checksum) cut into pieces of `chunkBytes` and each sealed with
 * AES-256-GCM (./sealedFile.ts). Each chunk's additional data binds the header's SHA-256, the
 * chunk's index and whether it is the last, so an edited header, a chunk moved, dropped,
 * altered or added, and a file cut short are each caught before anything is restored; the
 * inner checksum, sealed inside, is checked as well.
 */
export const SEALED_FORMAT_VERSION = 2
export const SEALED_CIPHER = 'AES-256-GCM'
/** Plain bytes per chunk: a large clinic is sealed and opened a piece at a time, with progress. */
export const SEALED_CHUNK_BYTES = 1024 * 1024
/** A sealed backup is no longer JSON: it has its own extension. */
export const SEALED_EXTENSION = '.racepoint'

const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/, 'not base64')

/** A wrapped copy of the clinic key, as the credentials table holds it (no sign-in counters). */
export const headerCredentialSchema = z.object({
  id: z.union([idSchema, z.literal(RECOVERY_ID)]),
  salt: z.string().min(1).max(64),
  hash: z.string().min(1).max(128),
  iterations: z.number().int().min(100_000).max(10_000_000),
  scheme: z.literal(2),
  wrapped: z.string().min(1).max(200)
})
export type HeaderCredential = z.infer<typeof headerCredentialSchema>

export const sealedHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(SEALED_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(60),
  createdAt: z.iso.datetime(),
  /** Names the clinic key (shared/crypto/clinicKey.ts) without revealing it. */
  keyId: z.string().min(8).max(64),
  cipher: z.object({
    algorithm: z.literal(SEALED_CIPHER),
    chunkBytes: z
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024),
    /** The document's length: a file cut short (or added to) is known by its size alone. */
    plainBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    /** Random per file: the file's own key is derived from the clinic's backup key and it. */
    salt: base64.min(40).max(64)
  }),
  credentials: z.array(headerCredentialSchema).min(1).max(500),
  /** Who can open it, to choose from: the therapists holding a wrapped copy. */
  therapists: z.array(z.object({ id: idSchema, name: z.string().min(1).max(120) })).max(500)
})
export type SealedHeader = z.infer<typeof sealedHeaderSchema>

/** A header's wrapped copies as rows of the credentials table, with no failed sign-ins. */
export function credentialRowsOf(header: SealedHeader): Credential[] {
  return header.credentials.map((c) => ({
    ...c,
    failures: 0,
    lastFailureAt: null,
    updatedAt: header.createdAt
  }))
}

/** "racepoint-backup-2026-03-16-0930.racepoint": the moment only, nothing about a patient. */
export const sealedFileName = (plainName: string): string =>
  plainName.replace(/\.json$/, SEALED_EXTENSION)
