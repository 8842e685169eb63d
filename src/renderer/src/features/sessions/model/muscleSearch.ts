import { MUSCLES, type Muscle } from '@shared/domain/muscles'
import { foldText } from '@shared/domain/search'

const words = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

type Indexed = { muscle: Muscle; name: string; nameWords: string[]; aliases: string[] }

const INDEX: readonly Indexed[] = MUSCLES.map((muscle) => ({
  muscle,
  name: foldText(muscle.name),
  nameWords: words(muscle.name),
  aliases: muscle.aliases.map(foldText)
}))

/** How well a muscle matches: lower is better; null when it does not match at all. */
function rank(entry: Indexed, query: string, queryWords: readonly string[]): number | null {
  if (entry.name.startsWith(query)) return 0
  if (queryWords.every((q) => entry.nameWords.some((w) => w.startsWith(q)))) return 1
  if (entry.aliases.some((a) => a.startsWith(query))) return 2
  if (entry.name.includes(query)) return 3
  if (entry.aliases.some((a) => a.includes(query))) return 4
  return null
}

/**
 * Muscles whose name or another usual name ("peroneus", "ITB", "calf") matches what was typed,
 * accent- and case-insensitive, best matches first. An empty query lists the whole catalog.
 */
export function searchMuscles(query: string): Muscle[] {
  const folded = foldText(query.trim())
  if (!folded) return [...MUSCLES]
  const queryWords = words(folded)
  return INDEX.map((entry, order) => ({ entry, order, score: rank(entry, folded, queryWords) }))
    .filter((r): r is { entry: Indexed; order: number; score: number } => r.score !== null)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .map((r) => r.entry.muscle)
}
