import { useState } from 'react'

export type RecoveryCodeCardProps = { code: string; onDone: () => void }

/** The recovery code, shown once: the only way back in if every passphrase is forgotten. */
export function RecoveryCodeCard({ code, onDone }: RecoveryCodeCardProps) {
  const [isKept, setIsKept] = useState(false)
  return (
    <div className="stack recovery-code">
      <h1 id="code-title">Keep this recovery code</h1>
      <p>
        If every passphrase is forgotten, this code lets the clinic’s owner choose a new one. It is
        shown only now: print it or write it down, and keep it somewhere safe, away from this
        computer.
      </p>
      <p className="recovery-code__code" aria-label="Recovery code">
        {code}
      </p>
      <div className="row">
        <button type="button" className="btn" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isKept} onChange={(e) => setIsKept(e.target.checked)} />I
        have kept the recovery code
      </label>
      <button type="button" className="btn btn--primary" disabled={!isKept} onClick={onDone}>
        Open the clinic
      </button>
    </div>
  )
}
