import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'

type Toast = { id: number; message: string; isError: boolean }

type Notify = (message: string, options?: { isError?: boolean }) => void

const ToastContext = createContext<Notify>(() => undefined)

/** Short confirmations ("Saved") and errors that are not tied to a field. Errors stay until dismissed. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)
  const dismiss = useCallback(
    (id: number) => setToasts((all) => all.filter((t) => t.id !== id)),
    []
  )
  const notify = useCallback<Notify>(
    (message, { isError = false } = {}) => {
      const id = nextId.current++
      setToasts((all) => [...all, { id, message, isError }])
      if (!isError) window.setTimeout(() => dismiss(id), 4000)
    },
    [dismiss]
  )
  const value = useMemo(() => notify, [notify])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite" aria-label="Messages">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast ${toast.isError ? 'toast--error' : ''}`}
            role={toast.isError ? 'alert' : undefined}
          >
            <div className="row row--between">
              <span>{toast.message}</span>
              {toast.isError ? (
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  style={{ color: '#fff' }}
                  onClick={() => dismiss(toast.id)}
                >
                  Dismiss
                </button>
              ) : null}
            </div>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export function useNotify(): Notify {
  return useContext(ToastContext)
}
