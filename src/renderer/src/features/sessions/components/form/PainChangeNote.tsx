import { describeSessionChange } from '@shared/domain/rules/painChange'

export type PainChangeNoteProps = { before: number | null; after: number | null }

/**
 * Pain before to after needling: the change in the session, in plain words. It is an
 * immediate response, not a clinical outcome, so it is never called clinically important
 * (docs/clinical-reference.md, "Pain change on the NPRS").
 */
export function PainChangeNote({ before, after }: PainChangeNoteProps) {
  if (before === null || after === null) return null
  return <span className="badge">{describeSessionChange(before, after)}</span>
}
