import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc'
import { getAppInfo } from '@renderer/lib/bridge'
import { useClinicCounts } from '../hooks/useClinicCounts'

export function AboutSection() {
  const counts = useClinicCounts()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let isCurrent = true
    void getAppInfo().then((result) => {
      if (isCurrent && result.ok) setInfo(result.value)
    })
    return () => {
      isCurrent = false
    }
  }, [])

  return (
    <section className="card settings-section" aria-labelledby="about-title">
      <div className="settings-section__intro">
        <h2 id="about-title">Your data</h2>
        <p>Racepoint keeps every record on this computer. Nothing is sent anywhere.</p>
      </div>
      <dl className="grid-2" style={{ margin: 0 }}>
        <div className="stat">
          <dt className="stat__label">Patients</dt>
          <dd className="stat__value" style={{ margin: 0 }}>
            {counts?.patients ?? '–'}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat__label">Sessions</dt>
          <dd className="stat__value" style={{ margin: 0 }}>
            {counts?.sessions ?? '–'}
          </dd>
        </div>
        <div className="stat" style={{ gridColumn: '1 / -1' }}>
          <dt className="stat__label">Stored in</dt>
          <dd style={{ margin: 0 }}>
            <code>{info?.userDataPath ?? '…'}</code>
          </dd>
        </div>
        <div className="stat" style={{ gridColumn: '1 / -1' }}>
          <dt className="stat__label">Log (no patient data)</dt>
          <dd style={{ margin: 0 }}>
            <code>{info?.logFolder ?? '…'}</code>
          </dd>
        </div>
        <div className="stat">
          <dt className="stat__label">Version</dt>
          <dd style={{ margin: 0 }}>{info?.version ?? '…'}</dd>
        </div>
      </dl>
    </section>
  )
}
