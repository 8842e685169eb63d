import { beforeAll, describe, expect, it } from 'vitest'
import { clinicKeys, newDataKey, type ClinicKeys } from '@shared/crypto/clinicKey'
import { normaliseRecoveryCode, protectSecret } from '@shared/domain/auth/hash'
import { RECOVERY_ID } from '@shared/domain/auth/credential'
import {
  openSealedBackup,
  readSealedHeader,
  sealBackup,
  unlockSealedBackup,
  type SealedFile
} from './sealedFile'
import type { HeaderCredential } from './sealedFormat'

// Fewer iterations than the app's: the same derivation, quick enough for a test.
const ITERATIONS = 100_000
const MARKER = 'Zebulon-Quixotic-Marker'
const CHUNK = 1024
const CODE = 'K7QP-2MXD-9RTA-W4HC-ZB3N'

const document = (): Blob =>
  new Blob([
    '{"format":"racepoint-backup","formatVersion":1}\n',
    ...Array.from({ length: 40 }, (_, i) => `{"id":"p-${i}","name":"${MARKER} ${i}"},\n`)
  ])

let keys: ClinicKeys
let credentials: HeaderCredential[]

beforeAll(async () => {
  keys = clinicKeys(newDataKey())
  credentials = [
    { id: 't-ana', ...(await protectSecret('ana passphrase', keys.raw, 't-ana', ITERATIONS)) },
    { id: 't-ben', ...(await protectSecret('ben passphrase', keys.raw, 't-ben', ITERATIONS)) },
    {
      id: RECOVERY_ID,
      ...(await protectSecret(normaliseRecoveryCode(CODE), keys.raw, RECOVERY_ID, ITERATIONS))
    }
  ]
})

async function sealed(plain: Blob = document()) {
  const { blob } = await sealBackup(
    plain,
    keys.id,
    keys.backups,
    {
      schemaVersion: 5,
      appVersion: '0.2.0',
      createdAt: new Date('2026-03-16T09:00:00Z'),
      credentials,
      therapists: [
        { id: 't-ana', name: 'Ana Ruiz' },
        { id: 't-ben', name: 'Ben Okafor' }
      ]
    },
    undefined,
    CHUNK
  )
  return new Uint8Array(await blob.arrayBuffer())
}

function fileOf(bytes: Uint8Array<ArrayBuffer>): SealedFile {
  const read = readSealedHeader(bytes)
  if (!read.ok || !read.value) throw new Error('not a sealed backup')
  return read.value
}

const text = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(bytes)
const headerEnd = (bytes: Uint8Array): number => bytes.indexOf(10)

describe('a sealed backup file', () => {
  it('gives back the document it sealed, byte for byte, across many chunks', async () => {
    const plain = document()
    const bytes = await sealed(plain)
    const file = fileOf(bytes)
    expect(file.header.cipher).toMatchObject({
      algorithm: 'AES-256-GCM',
      chunkBytes: CHUNK,
      plainBytes: plain.size
    })
    expect(plain.size).toBeGreaterThan(CHUNK * 2)
    const progress: number[] = []
    const opened = await openSealedBackup(file, keys.backups, (p) => progress.push(p.done))
    expect(opened.ok && text(opened.value)).toBe(await plain.text())
    expect(progress.at(-1)).toBe(Math.ceil(plain.size / CHUNK))
  })

  it('shows nothing clinical, in its header or anywhere in the file', async () => {
    const bytes = await sealed()
    expect(text(bytes)).not.toContain(MARKER)
    const header = JSON.parse(text(bytes.subarray(0, headerEnd(bytes)))) as Record<string, unknown>
    expect(Object.keys(header).sort()).toEqual(
      [
        'appVersion',
        'cipher',
        'createdAt',
        'credentials',
        'format',
        'formatVersion',
        'keyId',
        'schemaVersion',
        'therapists'
      ].sort()
    )
    expect(header).toMatchObject({ format: 'racepoint-backup', formatVersion: 2, keyId: keys.id })
    expect(header['therapists']).toEqual([
      { id: 't-ana', name: 'Ana Ruiz' },
      { id: 't-ben', name: 'Ben Okafor' }
    ])
  })

  it('opens with any therapist’s passphrase or the recovery code, to the same key', async () => {
    const { header } = fileOf(await sealed())
    for (const [id, secret] of [
      ['t-ana', 'ana passphrase'],
      ['t-ben', 'ben passphrase'],
      [RECOVERY_ID, normaliseRecoveryCode(CODE.toLowerCase())]
    ] as const) {
      const unlocked = await unlockSealedBackup(header, id, secret)
      expect(unlocked.ok && [...unlocked.value.backupsKey]).toEqual([...keys.backups])
    }
  })

  it('refuses a wrong passphrase or code with its own message', async () => {
    const { header } = fileOf(await sealed())
    const wrong = await unlockSealedBackup(header, 't-ana', 'ben passphrase')
    expect(wrong).toEqual({
      ok: false,
      error: {
        kind: 'wrong-secret',
        message: expect.stringContaining('That passphrase does not open')
      }
    })
    const code = await unlockSealedBackup(header, RECOVERY_ID, 'AAAA-BBBB')
    expect(!code.ok && code.error.message).toMatch(/That recovery code does not open/)
  })

  it('does not open with another clinic’s key', async () => {
    const other = clinicKeys(newDataKey())
    const opened = await openSealedBackup(fileOf(await sealed()), other.backups)
    expect(!opened.ok && opened.error.kind).toBe('damaged')
  })

  it('refuses a chunk altered by a single bit, naming the part', async () => {
    const bytes = await sealed()
    const at = headerEnd(bytes) + 1 + (CHUNK + 16) + 100
    bytes[at] = bytes[at]! ^ 1
    const opened = await openSealedBackup(fileOf(bytes), keys.backups)
    expect(!opened.ok && opened.error).toEqual({
      kind: 'damaged',
      message: expect.stringMatching(/^This backup is damaged or has been changed.*part 2 of it/)
    })
  })

  it('refuses chunks swapped into another order', async () => {
    const bytes = await sealed()
    const start = headerEnd(bytes) + 1
    const size = CHUNK + 16
    const first = bytes.slice(start, start + size)
    bytes.copyWithin(start, start + size, start + 2 * size)
    bytes.set(first, start + size)
    const opened = await openSealedBackup(fileOf(bytes), keys.backups)
    expect(!opened.ok && opened.error.kind).toBe('damaged')
  })

  it('refuses a file cut short, at a chunk’s edge or inside one, as incomplete', async () => {
    const bytes = await sealed()
    const start = headerEnd(bytes) + 1
    for (const cut of [start + 2 * (CHUNK + 16), bytes.length - 5, start]) {
      const opened = await openSealedBackup(fileOf(bytes.slice(0, cut)), keys.backups)
      expect(!opened.ok && opened.error.kind).toBe('truncated')
    }
  })

  it('refuses a file with more after its end', async () => {
    const bytes = await sealed()
    const longer = new Uint8Array(bytes.length + 16)
    longer.set(bytes)
    const opened = await openSealedBackup(fileOf(longer), keys.backups)
    expect(!opened.ok && opened.error.kind).toBe('damaged')
  })

  it('refuses a header edited after sealing (each chunk is bound to it)', async () => {
    const bytes = await sealed()
    const edited = new TextEncoder().encode(
      text(bytes.subarray(0, headerEnd(bytes))).replace(
        '"appVersion":"0.2.0"',
        '"appVersion":"0.2.1"'
      )
    )
    const tampered = new Uint8Array(edited.length + bytes.length - headerEnd(bytes))
    tampered.set(edited)
    tampered.set(bytes.subarray(headerEnd(bytes)), edited.length)
    const opened = await openSealedBackup(fileOf(tampered), keys.backups)
    expect(!opened.ok && opened.error.message).toMatch(/part 1 of it/)
  })

  it('seals an empty document as one chunk, and opens it', async () => {
    const bytes = await sealed(new Blob([]))
    const opened = await openSealedBackup(fileOf(bytes), keys.backups)
    expect(opened.ok && opened.value.length).toBe(0)
  })

  it('is not taken for a sealed backup when it is an older plain one', () => {
    const plain = new TextEncoder().encode(
      '{"format":"racepoint-backup","formatVersion":1,"tables":{\n'
    )
    expect(readSealedHeader(plain)).toEqual({ ok: true, value: null })
  })
})
