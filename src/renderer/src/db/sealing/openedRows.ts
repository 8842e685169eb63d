import { sameBytes } from '@shared/crypto/bytes'

/**
 * The text of rows opened lately, so a row read again (the next keystroke's search, the list
 * drawn again, a patient opened twice) is not decrypted again. An entry answers only for the
 * very bytes it was opened from, under the same table and key: anything else changed on disk
 * (a byte of the value, a value moved to another row) is opened, and refused, as before. It
 * lives in memory only, beside the keys, and is emptied when they are dropped (lock,
 * sign-out). Bounded: the least lately used go first.
 */
type Entry = { sealed: Uint8Array; text: string }

export class OpenedRows {
  private readonly entries = new Map<string, Entry>()

  constructor(readonly capacity = 5000) {}

  get size(): number {
    return this.entries.size
  }

  /** The text `sealed` opened to, if it was opened lately under `context`. */
  get(context: string, sealed: Uint8Array): string | undefined {
    const entry = this.entries.get(context)
    if (!entry || !sameBytes(entry.sealed, sealed)) return undefined
    // Used again: it goes to the back of the queue.
    this.entries.delete(context)
    this.entries.set(context, entry)
    return entry.text
  }

  set(context: string, sealed: Uint8Array, text: string): void {
    this.entries.delete(context)
    this.entries.set(context, { sealed: sealed.slice(), text })
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
  }

  clear(): void {
    this.entries.clear()
  }
}
