/**
 * The last words before the window goes: when the page is hidden or unloaded, the form is
 * also written to localStorage, which is synchronous, so the keystrokes of the last moment
 * survive a reload or a closed window even when the database write cannot finish. On the
 * next open the entry is moved into the drafts table and removed.
 */
export type JournalEntry = { data: unknown; at: string }

/** Seals the entry with the clinic's key (db/sealing/vault.ts); the journal holds no plain text. */
export type JournalSealer = {
  seal: (text: string, context: string) => string | null
  open: (stored: string, context: string) => string | null
}

const KEY_PREFIX = 'racepoint.draft-journal.'

export function journalKey(draftId: string): string {
  return `${KEY_PREFIX}${draftId}`
}

export function writeJournal(
  storage: Storage,
  draftId: string,
  entry: JournalEntry,
  sealer: JournalSealer
): void {
  try {
    const sealed = sealer.seal(JSON.stringify(entry), journalKey(draftId))
    if (sealed !== null) storage.setItem(journalKey(draftId), sealed)
  } catch {
    // Storage full or unavailable: the drafts table still holds the draft as of a moment ago.
  }
}

export function readJournal(
  storage: Storage,
  draftId: string,
  sealer: JournalSealer
): JournalEntry | null {
  try {
    const stored = storage.getItem(journalKey(draftId))
    if (!stored) return null
    const raw = sealer.open(stored, journalKey(draftId))
    if (!raw) return null
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return null
    const { data, at } = parsed as { data?: unknown; at?: unknown }
    return typeof at === 'string' ? { data, at } : null
  } catch {
    return null
  }
}

export function clearJournal(storage: Storage, draftId: string): void {
  try {
    storage.removeItem(journalKey(draftId))
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/**
 * Which holds what was typed last: the journal written at unload, or the draft in the
 * database. Both carry ISO timestamps; the journal wins a tie because it is written first.
 */
export function newerOf<T extends { at: string }>(
  journal: T | null,
  draft: T | null,
  { isSaveJournal = false }: { isSaveJournal?: boolean } = {}
): T | null {
  if (!journal) return draft
  // Written as Save was pressed, before the autosaver stopped: a draft write still in flight
  // then may carry a later stamp but never later typing, so the save's journal wins.
  if (isSaveJournal) return journal
  if (!draft) return journal
  return journal.at >= draft.at ? journal : draft
}
