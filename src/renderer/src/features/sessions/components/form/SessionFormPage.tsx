import type { Settings } from '@shared/domain/settings'
import { useEffect } from 'react'
import { Link, navigate } from '@renderer/lib/router'
import { useSessionFormSetup } from '../../hooks/useSessionFormSetup'
import { SessionFormEditor } from './SessionFormEditor'
import { NotFound } from '@renderer/components/NotFound'
import '../../sessions.css'

export type SessionFormPageProps = {
  patientId: string
  /** The open session to edit; a new session when absent. */
  sessionId?: string
  settings: Settings
}

/** Log a session as it happens, or edit an open one. */
export function SessionFormPage({ patientId, sessionId, settings }: SessionFormPageProps) {
  const setup = useSessionFormSetup(patientId, sessionId ?? null, settings)
  switch (setup.status) {
    case 'loading':
      return <div className="page" aria-busy="true" />
    case 'missing':
      return (
        <NotFound
          title="Not found"
          reason={setup.message}
          back={{ to: { name: 'patients' }, label: 'Back to patients' }}
        />
      )
    case 'saved':
      return <SavedWhileAway patientId={patientId} sessionId={setup.session.id} />
    case 'final':
      return (
        <div className="page">
          <div className="card empty-state">
            <h2>This session is finalised</h2>
            <p>
              A signed session is not edited: add a dated amendment to it instead.{' '}
              <Link to={{ name: 'session', patientId, sessionId: setup.session.id }}>
                Open the session
              </Link>
            </p>
          </div>
        </div>
      )
    case 'ready':
      return <SessionFormEditor setup={setup} settings={settings} />
  }
}

/** The save under way when the window went did land: its session is shown. */
function SavedWhileAway({ patientId, sessionId }: { patientId: string; sessionId: string }) {
  useEffect(() => {
    navigate({ name: 'session', patientId, sessionId }, { replace: true })
  }, [patientId, sessionId])
  return <div className="page" aria-busy="true" />
}
