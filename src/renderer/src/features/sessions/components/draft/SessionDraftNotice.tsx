import { formatDateTime } from '@shared/dates'
import { Link } from '@renderer/lib/router'
import { Icon } from '@renderer/components/Icon'
import { useNewSessionDraft } from '../../hooks/useSessionData'

export type SessionDraftNoticeProps = { patientId: string }

/** On the patient's page: a session was started and not saved; one click goes back to it. */
export function SessionDraftNotice({ patientId }: SessionDraftNoticeProps) {
  const draft = useNewSessionDraft(patientId)
  if (!draft) return null
  return (
    <div className="alert alert--info" role="note" aria-label="Unsaved session">
      <Icon name="info" />
      <span className="grow">
        <strong>Unsaved session.</strong> A session for this patient was started and not saved
        (draft of {formatDateTime(new Date(draft.updatedAt))}).
      </span>
      <Link to={{ name: 'session-new', patientId }} className="btn btn--small">
        Resume
      </Link>
    </div>
  )
}
