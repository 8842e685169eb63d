import { useState } from 'react'
import { formatDateTime } from '@shared/dates'
import { fullName } from '@shared/domain/patient'
import type { Settings } from '@shared/domain/settings'
import { useCommand } from '@renderer/lib/commands'
import { Link, navigate } from '@renderer/lib/router'
import { Icon } from '@renderer/components/Icon'
import { PageHeader } from '@renderer/components/PageHeader'
import { useSessionView } from '../../hooks/useSessionData'
import { useSessionRecordWrites } from '../../hooks/useSessionWrites'
import { AmendmentsCard } from './AmendmentsCard'
import { FinaliseDialog } from './FinaliseDialog'
import { FollowUpsCard } from './FollowUpsCard'
import { SessionAfterCard } from './SessionAfterCard'
import { SessionBeforeCard } from './SessionBeforeCard'
import { SessionMeasuresCard } from './SessionMeasuresCard'
import { SessionNeedlingCard } from './SessionNeedlingCard'
import { SessionTakeHomeCard } from './SessionTakeHomeCard'
import { NotFound } from '@renderer/components/NotFound'
import '../../sessions.css'

export type SessionPageProps = { patientId: string; sessionId: string; settings: Settings }

/** A saved session, all of it readable; edited while open, amended once signed. */
export function SessionPage({ patientId, sessionId, settings }: SessionPageProps) {
  const view = useSessionView(patientId, sessionId)
  const { finalize, isBusy } = useSessionRecordWrites(sessionId)
  const [isFinalising, setIsFinalising] = useState(false)
  // Printing starts from the sheet's preview, so the therapist sees the paper first.
  const openSheet = (): void => navigate({ name: 'session-sheet', patientId, sessionId })
  useCommand('print-sheet', openSheet)
  useCommand('save-sheet-pdf', openSheet)

  if (view === undefined) return <div className="page" aria-busy="true" />
  const { session, patient, editDraft } = view
  if (session === null || session.patientId !== patientId || patient === null) {
    return (
      <NotFound
        title="Session not found"
        reason="It may have been deleted."
        back={{ to: { name: 'patient', patientId, tab: 'sessions' }, label: 'Back to the patient' }}
      />
    )
  }

  const isFinal = session.status === 'final'
  const hasUnsavedEdits = editDraft !== null && !isFinal

  return (
    <div className="page">
      <PageHeader
        title={`Session · ${formatDateTime(session.date)}`}
        subtitle={
          <span className="row row--wrap" style={{ gap: 8 }}>
            <Link to={{ name: 'patient', patientId, tab: 'sessions' }}>{fullName(patient)}</Link>
            <span>· {session.therapist.name}</span>
            {isFinal ? (
              <span className="badge">Final</span>
            ) : (
              <span className="badge badge--primary">Open</span>
            )}
          </span>
        }
        actions={
          <>
            <Link to={{ name: 'session-sheet', patientId, sessionId }} className="btn">
              <Icon name="printer" size={16} /> Take-home sheet
            </Link>
            {isFinal ? null : (
              <>
                <Link to={{ name: 'session-edit', patientId, sessionId }} className="btn">
                  <Icon name="edit" size={16} /> Edit
                </Link>
                <button
                  type="button"
                  className="btn btn--primary"
                  disabled={hasUnsavedEdits}
                  title={hasUnsavedEdits ? 'Save or discard the unsaved edits first' : undefined}
                  onClick={() => setIsFinalising(true)}
                >
                  <Icon name="check" size={16} /> Finalise (sign)
                </button>
              </>
            )}
          </>
        }
      />
      <div className="stack">
        {hasUnsavedEdits ? (
          <div className="alert alert--info" role="note">
            <Icon name="info" />
            <span className="grow">
              <strong>Unsaved edits.</strong> Changes to this session were started on{' '}
              {formatDateTime(new Date(editDraft.updatedAt))} and not saved yet. Save or discard
              them before signing.
            </span>
            <Link to={{ name: 'session-edit', patientId, sessionId }} className="btn btn--small">
              Resume editing
            </Link>
          </div>
        ) : null}
        {isFinal && session.finalizedAt ? (
          <div className="alert signed-note" role="note">
            <Icon name="check" />
            <span>
              Finalised and signed by <strong>{session.finalizedBy?.name}</strong> on{' '}
              {formatDateTime(new Date(session.finalizedAt))}. This record is read-only; changes are
              added as amendments below.
            </span>
          </div>
        ) : null}
        <div className="session-page__grid">
          <SessionBeforeCard session={session} />
          <SessionAfterCard session={session} />
          <SessionMeasuresCard session={session} settings={settings} />
          <SessionNeedlingCard session={session} />
          <SessionTakeHomeCard session={session} />
          <FollowUpsCard session={session} />
          {isFinal ? <AmendmentsCard session={session} settings={settings} /> : null}
        </div>
      </div>
      {isFinalising ? (
        <FinaliseDialog
          session={session}
          settings={settings}
          isBusy={isBusy}
          onClose={() => setIsFinalising(false)}
          onConfirm={(by) =>
            void finalize(by).then((outcome) => {
              if (outcome.ok) setIsFinalising(false)
            })
          }
        />
      ) : null}
    </div>
  )
}
