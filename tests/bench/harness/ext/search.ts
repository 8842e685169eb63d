import { searchWords } from '../../../../src/shared/domain/search'
import type { BenchApi } from '../harness'

/** The list's search limit (PatientListPage SEARCH_LIMIT). */
export const LIMIT = 100

/**
 * search.query: the repository's name search for one keystroke, beside the raw IndexedDB floor:
 * the same prefix range on the multiEntry `searchTerms` index, one getAll with the same limit.
 */
export function extend(api: BenchApi) {
  return {
    async query(text: string): Promise<{ ms: number; count: number }> {
      const t0 = performance.now()
      const rows = await api.repos.patients.search(text, { limit: LIMIT, sort: 'recent' })
      return { ms: performance.now() - t0, count: rows.length }
    },

    async rawQuery(text: string): Promise<{ ms: number; count: number }> {
      const idb = await api.rawDb()
      const [first = ''] = searchWords(text)
      const t0 = performance.now()
      const index = idb
        .transaction('patients', 'readonly')
        .objectStore('patients')
        .index('searchTerms')
      const rows = await api.rawRequest(
        index.getAll(IDBKeyRange.bound(first, `${first}\uffff`), LIMIT)
      )
      return { ms: performance.now() - t0, count: rows.length }
    }
  }
}
