/**
 * Name search keys. Search is case- and accent-insensitive ("zoe" finds "Zoë"), so names are
 * stored with normalised words the database can index and match by prefix.
 */

// Letters that Unicode does not decompose into a base letter plus a mark.
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i'
}

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (ch) => FOLDS[ch] ?? ch)
}

/** Words of a text, folded: "O'Brien-Núñez" -> ["o", "brien", "nunez", "obrien"]. */
export function searchWords(text: string): string[] {
  const folded = foldText(text)
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const joined = folded
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .split(/\s+/)
    .filter(Boolean)
  return [...new Set([...words, ...joined])]
}

export function searchTermsFor(...parts: string[]): string[] {
  return [...new Set(parts.flatMap(searchWords))]
}

/** Does every query word start some term? ("zo ma" matches Zoë Martin.) */
export function matchesQuery(terms: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((q) => terms.some((t) => t.startsWith(q)))
}
