import { classifyPainChange, type PainChangeClass } from '@shared/domain/rules/painChange'

export type PainChangeNoteProps = { before: number | null; after: number | null }

const WORDS: Record<PainChangeClass, string> = {
  'important-improvement': 'clinically important improvement',
  'minimal-improvement': 'minimal improvement',
  'no-change': 'no change',
  worse: 'worse'
}

const TONES: Record<PainChangeClass, string> = {
  'important-improvement': 'badge--success',
  'minimal-improvement': 'badge--primary',
  'no-change': '',
  worse: 'badge--danger'
}

/** Pain before to after, in clinical terms (thresholds and sources in rules/painChange). */
export function PainChangeNote({ before, after }: PainChangeNoteProps) {
  if (before === null || after === null) return null
  const change = classifyPainChange(before, after)
  return (
    <span className={`badge ${TONES[change.kind]}`}>
      Pain {before} → {after}: {WORDS[change.kind]}
    </span>
  )
}
