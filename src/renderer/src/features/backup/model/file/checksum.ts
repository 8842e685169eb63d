/** SHA-256 of the bytes, as lowercase hex. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/**
 * The backup's checksum check: the SHA-256 of everything after the header line must be the
 * one the header states (hex, any case).
 */
export async function matchesChecksum(
  body: Uint8Array<ArrayBuffer>,
  stated: string
): Promise<boolean> {
  return (await sha256Hex(body)) === stated.toLowerCase()
}

/** Joins byte chunks into one buffer (the digest needs all of it at once). */
export function concatBytes(
  chunks: readonly Uint8Array[],
  total?: number
): Uint8Array<ArrayBuffer> {
  const size = total ?? chunks.reduce((sum, c) => sum + c.byteLength, 0)
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
