/**
 * Bulk writes in chunks sized by how long the last ones took, so each takes about `targetMs`
 * whatever a row costs (a sealed patient, with a token for every prefix of its name, costs many
 * times a sealed session): progress is reported at least that often, and no one write request
 * holds the page for long. Two requests are kept in flight, so the page prepares (and seals)
 * the next chunk while the database stores the last.
 */
export type ChunkSizing = {
  /** Rows in the first chunk, before anything is known of their cost. */
  first?: number
  min?: number
  max?: number
  targetMs?: number
  now?: () => number
}

const WRITES_IN_FLIGHT = 2

export function chunkSizer({
  first = 100,
  min = 20,
  max = 5000,
  targetMs = 200,
  now = () => performance.now()
}: ChunkSizing = {}) {
  let size = first
  let last = now()
  return {
    get size(): number {
      return size
    },
    /** A chunk of `rows` finished: the time since the last one sets the next size. */
    written(rows: number): void {
      const t = now()
      const perRow = (t - last) / Math.max(1, rows)
      last = t
      const next = perRow > 0 ? Math.round(targetMs / perRow) : max
      // Grows at most fourfold at a time, so one quick chunk does not make the next a long one.
      size = Math.max(min, Math.min(max, size * 4, next))
    }
  }
}

/**
 * Writes `rows` through `write` a chunk at a time, calling `onWritten` with each chunk's size
 * once it is stored. A failed write rejects the returned promise (inside a transaction, it has
 * aborted the transaction already).
 */
export async function writeInChunks<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  onWritten: (rows: number) => void,
  sizing?: ChunkSizing
): Promise<void> {
  const sizer = chunkSizer(sizing)
  const inFlight: Promise<unknown>[] = []
  for (let start = 0; start < rows.length;) {
    const chunk = rows.slice(start, start + sizer.size)
    start += chunk.length
    // Chained on the write's own promise, which keeps the transaction's zone.
    const stored = write(chunk).then(() => {
      sizer.written(chunk.length)
      onWritten(chunk.length)
    })
    // Awaited below; this keeps a failure from being reported as unhandled meanwhile.
    stored.catch(() => undefined)
    inFlight.push(stored)
    if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift()
  }
  await Promise.all(inFlight)
}
