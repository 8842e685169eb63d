import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { clinicKeys } from '@shared/crypto/clinicKey'
import { concatBytes, fromBase64, randomBytes, toBase64, utf8 } from '@shared/crypto/bytes'
import { openSecret } from '@shared/domain/auth/hash'
import { err, ok, type Result } from '@shared/result'
import { BACKUP_FORMAT } from './format'
import { problems, type BackupProblem } from './problems'
import {
  SEALED_CHUNK_BYTES,
  SEALED_CIPHER,
  SEALED_FORMAT_VERSION,
  sealedHeaderSchema,
  type HeaderCredential,
  type SealedHeader
} from './sealedFormat'
import type { ProgressListener } from '../progress'

const NEWLINE = 10
const TAG_BYTES = 16
const SALT_BYTES = 32
/** Chunks sealed or opened at once: WebCrypto works on them off the page's thread. */
const IN_FLIGHT = 4

export type SealedMeta = {
  schemaVersion: number
  appVersion: string
  createdAt: Date
  credentials: readonly HeaderCredential[]
  therapists: readonly { id: string; name: string }[]
}

/**
 * One key per file, from the clinic's backup key and the file's random salt: chunk numbers can
 * then serve as the nonces (never repeated under one key) however many backups a clinic makes.
 */
async function fileKey(
  backupsKey: Uint8Array,
  salt: Uint8Array,
  use: 'encrypt' | 'decrypt'
): Promise<CryptoKey> {
  const raw = hkdf(sha256, backupsKey, salt, utf8('racepoint backup file v2'), 32)
  return crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, [use])
}

function nonceOf(index: number): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(12)
  new DataView(nonce.buffer).setBigUint64(4, BigInt(index))
  return nonce
}

/** What each chunk is bound to: the header as written, its place, and whether it ends the file. */
function additionalData(
  headerDigest: Uint8Array,
  index: number,
  isLast: boolean
): Uint8Array<ArrayBuffer> {
  const place = new Uint8Array(9)
  new DataView(place.buffer).setBigUint64(0, BigInt(index))
  place[8] = isLast ? 1 : 0
  return concatBytes(utf8('racepoint backup chunk v2'), headerDigest, place)
}

/** Runs `count` numbered jobs, a few at a time, in order of completion of each window. */
async function inWindows(count: number, job: (index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < count; start += IN_FLIGHT) {
    const jobs: Promise<void>[] = []
    for (let i = start; i < Math.min(count, start + IN_FLIGHT); i++) jobs.push(job(i))
    await Promise.all(jobs)
  }
}

/**
 * Seals a whole version-1 backup document (a Blob, read a chunk at a time) into a sealed
 * backup file. `onProgress` hears of every chunk.
 */
export async function sealBackup(
  plain: Blob,
  keyId: string,
  backupsKey: Uint8Array,
  meta: SealedMeta,
  onProgress?: ProgressListener,
  chunkBytes: number = SEALED_CHUNK_BYTES
): Promise<{ header: SealedHeader; blob: Blob }> {
  const salt = randomBytes(SALT_BYTES)
  const header: SealedHeader = {
    format: BACKUP_FORMAT,
    formatVersion: SEALED_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt.toISOString(),
    keyId,
    cipher: { algorithm: SEALED_CIPHER, chunkBytes, plainBytes: plain.size, salt: toBase64(salt) },
    credentials: meta.credentials.map(({ id, salt, hash, iterations, scheme, wrapped }) => ({
      id,
      salt,
      hash,
      iterations,
      scheme,
      wrapped
    })),
    therapists: meta.therapists.map(({ id, name }) => ({ id, name }))
  }
  const headerLine = utf8(JSON.stringify(header))
  const digest = sha256(headerLine)
  const key = await fileKey(backupsKey, salt, 'encrypt')
  const count = Math.max(1, Math.ceil(plain.size / chunkBytes))
  const sealed: ArrayBuffer[] = new Array<ArrayBuffer>(count)
  let done = 0
  onProgress?.({ phase: 'encrypting', done, total: count })
  await inWindows(count, async (i) => {
    const piece = new Uint8Array(
      await plain.slice(i * chunkBytes, (i + 1) * chunkBytes).arrayBuffer()
    )
    sealed[i] = await crypto.subtle.encrypt(
      {
        name: 'AES-GCM',
        iv: nonceOf(i),
        additionalData: additionalData(digest, i, i === count - 1)
      },
      key,
      piece
    )
    onProgress?.({ phase: 'encrypting', done: ++done, total: count })
  })
  const blob = new Blob([headerLine, new Uint8Array([NEWLINE]), ...sealed], {
    type: 'application/octet-stream'
  })
  return { header, blob }
}

export type SealedFile = {
  header: SealedHeader
  /** The whole file; the chunks start after the header line. */
  bytes: Uint8Array<ArrayBuffer>
  headerEnd: number
}

/**
 * The sealed header of a file, or null when the file is not a sealed backup (an older plain
 * one, or not a backup at all: the plain reader says which). A sealed header that does not
 * check out is a damaged file.
 */
export function readSealedHeader(
  bytes: Uint8Array<ArrayBuffer>
): Result<SealedFile | null, BackupProblem> {
  const end = bytes.indexOf(NEWLINE)
  if (end === -1) return ok(null)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end)))
  } catch {
    return ok(null)
  }
  const head = json as { format?: unknown; formatVersion?: unknown } | null
  if (head?.format !== BACKUP_FORMAT || head.formatVersion !== SEALED_FORMAT_VERSION)
    return ok(null)
  const header = sealedHeaderSchema.safeParse(json)
  if (!header.success) {
    const issue = header.error.issues[0]
    return err(
      problems.damaged(1, `the header’s ${issue?.path.join('.') || 'fields'} are not valid`)
    )
  }
  return ok({ header: header.data, bytes, headerEnd: end })
}

/**
 * The backup document inside a sealed file, every chunk opened and checked, or the problem: a
 * file shorter than its header says was cut short; a chunk that does not open (altered,
 * moved, or from another file) is damage.
 */
export async function openSealedBackup(
  file: SealedFile,
  backupsKey: Uint8Array,
  onProgress?: ProgressListener
): Promise<Result<Uint8Array<ArrayBuffer>, BackupProblem>> {
  const { header, bytes, headerEnd } = file
  const body = bytes.subarray(headerEnd + 1)
  const { chunkBytes, plainBytes } = header.cipher
  const sealedChunk = chunkBytes + TAG_BYTES
  const count = Math.max(1, Math.ceil(plainBytes / chunkBytes))
  const expected = plainBytes + count * TAG_BYTES
  if (body.length < expected) return err(problems.truncated())
  if (body.length > expected) return err(problems.damaged(1, 'there is more after its end'))
  const digest = sha256(bytes.subarray(0, headerEnd))
  const key = await fileKey(backupsKey, fromBase64(header.cipher.salt), 'decrypt')
  const plain = new Uint8Array(plainBytes)
  const open = async (index: number, isLast: boolean): Promise<ArrayBuffer | null> => {
    try {
      return await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: nonceOf(index),
          additionalData: additionalData(digest, index, isLast)
        },
        key,
        body.subarray(index * sealedChunk, (index + 1) * sealedChunk)
      )
    } catch {
      return null
    }
  }
  // The first part (in file order) that does not open is the one named.
  const failure: { part: number | null } = { part: null }
  let done = 0
  onProgress?.({ phase: 'decrypting', done, total: count })
  await inWindows(count, async (i) => {
    if (failure.part !== null) return
    const isLast = i === count - 1
    const opened = await open(i, isLast)
    if (!opened) {
      failure.part = Math.min(failure.part ?? Infinity, i + 1)
      return
    }
    plain.set(new Uint8Array(opened), i * chunkBytes)
    onProgress?.({ phase: 'decrypting', done: ++done, total: count })
  })
  return failure.part === null ? ok(plain) : err(problems.sealedDamaged(failure.part))
}

export type UnlockedKey = { rawKey: Uint8Array; backupsKey: Uint8Array }

/**
 * The clinic key of a sealed file, unwrapped with a therapist's passphrase or the recovery
 * code (credential id 'recovery', the code normalised). Refused with its own message when the
 * secret does not open that copy.
 */
export async function unlockSealedBackup(
  header: SealedHeader,
  credentialId: string,
  secret: string
): Promise<Result<UnlockedKey, BackupProblem>> {
  const credential = header.credentials.find((c) => c.id === credentialId)
  if (!credential) return err(problems.wrongSecret(credentialId))
  const opened = await openSecret(secret, credential, credentialId)
  if (!opened.matches || !opened.dataKey) return err(problems.wrongSecret(credentialId))
  const keys = clinicKeys(opened.dataKey)
  // A wrapped copy that opens to another key was put in this header by someone else.
  if (keys.id !== header.keyId)
    return err(problems.damaged(1, 'its wrapped keys do not belong to the key that sealed it'))
  return ok({ rawKey: opened.dataKey, backupsKey: keys.backups })
}
