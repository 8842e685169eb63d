import { Logo } from '@renderer/components/Icon'

/** Shown when the clinic's data cannot be opened; nothing else runs, so nothing is changed. */
export function OpenErrorScreen({ message }: { message: string }) {
  return (
    <div className="welcome">
      <div className="welcome__inner">
        <div className="row">
          <Logo size={36} />
          <h1>Racepoint could not open your records</h1>
        </div>
        <div className="alert alert--danger" role="alert">
          {message}
        </div>
        <p className="muted">
          Your data has not been changed. Close Racepoint and contact support with this message.
        </p>
      </div>
    </div>
  )
}
