import { useMemo, useState } from 'react'
import type { Settings } from '@shared/domain/settings'
import { useCommand } from '@renderer/lib/commands'
import { Link } from '@renderer/lib/router'
import { Icon } from '@renderer/components/Icon'
import { PageHeader } from '@renderer/components/PageHeader'
import { useNotify } from '@renderer/components/Toasts'
import { isDesktop, printSheet, saveSheetPdf } from '@renderer/lib/bridge'
import { useSheetRecords } from '../hooks/useSheetRecords'
import { useSheetWrites } from '../hooks/useSheetWrites'
import { isSameSheet, type SheetContent } from '@shared/domain/sheet/content'
import { HandoutNotice, lastGiven } from './HandoutNotice'
import { buildSheet } from '../model/buildSheet'
import { sheetFileName } from '../model/fileName'
import { sheetTextProblems } from '@shared/domain/sheet/placeholders'
import { PrintPageStyle } from './PrintPageStyle'
import { RecoverySheet } from './RecoverySheet'
import { NotFound } from '@renderer/components/NotFound'
import { DisclosureDialog } from '@renderer/components/DisclosureDialog'
import '../sheets.css'

export type SheetPageProps = { patientId: string; sessionId: string; settings: Settings }

const PAPER_LABELS = { A4: 'A4', Letter: 'US Letter' } as const

/** The take-home sheet of one saved session: a preview that looks like the paper, to print or save. */
export function SheetPage({ patientId, sessionId, settings }: SheetPageProps) {
  const records = useSheetRecords(patientId, sessionId)
  const notify = useNotify()
  const { recordHandout } = useSheetWrites(sessionId)
  const [isBusy, setIsBusy] = useState(false)
  const [isShowingToday, setIsShowingToday] = useState(false)
  const [isDisclosingPdf, setIsDisclosingPdf] = useState(false)
  const today = useMemo(
    () => (records ? buildSheet({ ...records, settings }) : null),
    [records, settings]
  )
  // Once handed out, the sheet is shown as it was given: a reprint gives the runner the same
  // words, whatever the clinic's texts say now. Today's version is shown only on request.
  const given = records ? lastGiven(records.session.handouts) : null
  const isAsGiven = given !== null && !isShowingToday
  const content: SheetContent | null =
    isAsGiven && given
      ? {
          ...given.content,
          clinic: { ...given.content.clinic, logoDataUrl: settings.clinic.logoDataUrl }
        }
      : today
  const paperSize = isAsGiven && given ? given.paperSize : settings.paperSize
  const hasChangedSince = given !== null && today !== null && !isSameSheet(given.content, today)
  const hasTextProblems = useMemo(
    () => Object.keys(sheetTextProblems(settings.sheet)).length > 0,
    [settings.sheet]
  )

  const handlePrint = async (): Promise<void> => {
    if (!content || isBusy) return
    setIsBusy(true)
    const shown = content
    const result = await printSheet({ paperSize })
    setIsBusy(false)
    if (!result.ok) return notify(result.error, { isError: true })
    if (result.value.outcome === 'printed') void recordHandout(shown, paperSize, 'printed')
    else if (result.value.outcome === 'browser-dialog')
      void recordHandout(shown, paperSize, 'print-dialog')
  }

  /** Save as PDF first says that the file will not be encrypted. */
  const handleSavePdf = (): void => {
    if (!records || !content || isBusy) return
    setIsDisclosingPdf(true)
  }

  const handleConfirmPdf = async (): Promise<void> => {
    setIsDisclosingPdf(false)
    if (!records || !content || isBusy) return
    const shown = content
    if (!isDesktop()) {
      notify('In the print dialog, choose “Save as PDF” as the printer to keep a copy.')
    }
    setIsBusy(true)
    const result = await saveSheetPdf({
      paperSize,
      fileName: sheetFileName(records.patient, records.session.date)
    })
    setIsBusy(false)
    if (!result.ok) return notify(result.error, { isError: true })
    if (result.value.outcome === 'saved') {
      notify(`Sheet saved to ${result.value.path}`)
      void recordHandout(shown, paperSize, 'saved-pdf')
    } else if (result.value.outcome === 'browser-dialog') {
      void recordHandout(shown, paperSize, 'print-dialog')
    }
  }

  useCommand('print-sheet', () => void handlePrint())
  useCommand('save-sheet-pdf', handleSavePdf)

  if (records === undefined) return <div className="page" aria-busy="true" />
  if (records === null || content === null) {
    return (
      <NotFound
        title="Session not found"
        reason="It may have been deleted."
        back={{
          to: { name: 'patient', patientId, tab: 'sessions' },
          label: 'Back to the sessions'
        }}
      />
    )
  }

  return (
    <div className="page sheet-page">
      <div className="sheet-toolbar">
        <Link to={{ name: 'session', patientId, sessionId }} className="sheet-toolbar__back">
          <Icon name="chevronLeft" size={16} /> Back to the session
        </Link>
        <PageHeader
          title="Recovery sheet"
          subtitle={
            <>
              {content.patientName} · {content.sessionDate} ·{' '}
              {isAsGiven ? (
                `${PAPER_LABELS[paperSize]} paper`
              ) : (
                <Link to={{ name: 'settings' }}>{PAPER_LABELS[paperSize]} paper</Link>
              )}
            </>
          }
          actions={
            <>
              <button type="button" className="btn" onClick={handleSavePdf} disabled={isBusy}>
                <Icon name="download" size={16} /> Save as PDF
              </button>
              <button
                type="button"
                className="btn btn--primary"
                onClick={() => void handlePrint()}
                disabled={isBusy}
              >
                <Icon name="printer" size={16} /> Print
              </button>
            </>
          }
        />
      </div>
      {given ? (
        <HandoutNotice
          handouts={records.session.handouts}
          isAsGiven={isAsGiven}
          hasChangedSince={hasChangedSince}
          onShowToday={() => setIsShowingToday(true)}
          onShowGiven={() => setIsShowingToday(false)}
        />
      ) : null}
      {!isAsGiven && (hasTextProblems || !settings.clinic.phone) ? (
        <div className="sheet-notices">
          {hasTextProblems ? (
            <div className="alert alert--warning" role="status">
              <Icon name="alert" />
              <span>
                Some of the sheet’s standard texts have placeholders Racepoint does not know: they
                are left out of the sheet.{' '}
                <Link to={{ name: 'settings' }}>Fix them in Settings</Link>
              </span>
            </div>
          ) : null}
          {!settings.clinic.phone ? (
            <div className="alert alert--warning" role="status">
              <Icon name="alert" />
              <span>
                The sheet tells patients to call you, but no clinic phone number is set.{' '}
                <Link to={{ name: 'settings' }}>Add it in Settings</Link>
              </span>
            </div>
          ) : null}
        </div>
      ) : null}
      <PrintPageStyle
        paperSize={paperSize}
        footer={`${content.patientName} · ${content.sessionDate}`}
      />
      <div className="sheet-desk">
        <RecoverySheet content={content} paperSize={paperSize} />
      </div>
      {isDisclosingPdf ? (
        <DisclosureDialog
          title="Save the sheet as PDF"
          holds="this patient’s name and the session’s advice"
          confirmLabel="Save unencrypted PDF"
          onConfirm={() => void handleConfirmPdf()}
          onClose={() => setIsDisclosingPdf(false)}
        />
      ) : null}
    </div>
  )
}
