import { searchWords } from '../../../../src/shared/domain/search'
import { clinicKeys } from '../../../../src/shared/crypto/clinicKey'
import { searchToken } from '../../../../src/shared/crypto/tokens'
import type { BenchApi } from '../harness'

/** The list's search limit (PatientListPage SEARCH_LIMIT). */
export const LIMIT = 100

/** The patient list's search for one keystroke through the given repositories, timed. */
export async function timedSearch(
  repos: BenchApi['repos'],
  text: string
): Promise<{ ms: number; count: number }> {
  const t0 = performance.now()
  const rows = await repos.patients.search(text, { limit: LIMIT, sort: 'recent' })
  return { ms: performance.now() - t0, count: rows.length }
}

/**
 * search.query: the repository's name search for one keystroke, beside the raw IndexedDB floor:
 * the same prefix range on the multiEntry `searchTerms` index, one getAll with the same limit.
 */
export function extend(api: BenchApi) {
  const tokens = clinicKeys(api.clinicKey).tokens
  /** The index holds each word prefix as a keyed token (db/sealing): one equality range. */
  const range = (word: string) => IDBKeyRange.only(searchToken(tokens, word))
  return {
    query: (text: string) => timedSearch(api.repos, text),

    async rawQuery(text: string): Promise<{ ms: number; count: number }> {
      const idb = await api.rawDb()
      const [first = ''] = searchWords(text)
      const t0 = performance.now()
      const index = idb
        .transaction('patients', 'readonly')
        .objectStore('patients')
        .index('searchTerms')
      const rows = await api.rawRequest(index.getAll(range(first), LIMIT))
      return { ms: performance.now() - t0, count: rows.length }
    },

    /**
     * The two-word floor: each word's token range read as keys only, intersected, and the
     * first 100 candidates' rows read.
     */
    async rawTwoWords(text: string): Promise<number> {
      const idb = await api.rawDb()
      const words = searchWords(text)
      const t0 = performance.now()
      const store = idb.transaction('patients', 'readonly').objectStore('patients')
      const index = store.index('searchTerms')
      const sets = await Promise.all(
        words.map(async (w) => new Set(await api.rawRequest(index.getAllKeys(range(w), 5000))))
      )
      sets.sort((a, b) => a.size - b.size)
      const ids = [...sets[0]!].filter((id) => sets.every((set) => set.has(id))).slice(0, 100)
      await Promise.all(ids.map((id) => api.rawRequest(store.get(id))))
      return performance.now() - t0
    }
  }
}
