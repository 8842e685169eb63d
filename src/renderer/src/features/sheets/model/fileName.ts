import { dayOf, type LocalDateTime } from '@shared/dates'

/**
 * The file name offered when a sheet is saved as PDF: "Zoe Martin 2026-03-13 recovery
 * sheet.pdf". Accents are folded and characters that some file systems refuse are dropped,
 * so the same name works on Windows, macOS and Linux.
 */
export function sheetFileName(
  patient: { firstName: string; lastName: string },
  sessionDate: LocalDateTime
): string {
  const name = `${patient.firstName} ${patient.lastName}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N} '\-.]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  return `${name || 'Patient'} ${dayOf(sessionDate)} recovery sheet.pdf`
}
