import { useEffect } from 'react'
import { commandForKey, shortcutLabel } from '@shared/commands'
import type { MenuCommand } from '@shared/ipc'
import type { Settings } from '@shared/domain/settings'
import { Icon, Logo, type IconName } from '@renderer/components/Icon'
import { SkipLink } from '@renderer/components/SkipLink'
import { useNotify } from '@renderer/components/Toasts'
import { isDesktop, onMenuCommand } from '@renderer/lib/bridge'
import { registerCommand, runCommand } from '@renderer/lib/commands'
import { useAuth, useSignedIn } from '@renderer/lib/auth'
import { Link, navigate, useRoute } from '@renderer/lib/router'
import { areaOf, type Route } from '@renderer/lib/routes'
import { Screen } from './Screen'
import { useSidebar } from './useSidebar'

const NAV: readonly {
  area: 'today' | 'patients' | 'races' | 'settings'
  label: string
  icon: IconName
  command: MenuCommand
}[] = [
  { area: 'today', label: 'Today', icon: 'today', command: 'go-today' },
  { area: 'patients', label: 'Patients', icon: 'patients', command: 'go-patients' },
  { area: 'races', label: 'Races', icon: 'races', command: 'go-races' },
  { area: 'settings', label: 'Settings', icon: 'settings', command: 'go-settings' }
]

const isMac = navigator.platform.toLowerCase().includes('mac')

function patientIdOf(route: Route): string | null {
  return 'patientId' in route ? route.patientId : null
}

/** The default answer to each command; screens override what they know better. */
function useDefaultCommands(route: Route): void {
  const notify = useNotify()
  const { lock } = useAuth()
  const patientId = patientIdOf(route)
  useEffect(() => {
    const defaults: [MenuCommand, () => void][] = [
      ['lock', lock],
      ['go-today', () => navigate({ name: 'today' })],
      ['go-patients', () => navigate({ name: 'patients' })],
      ['go-races', () => navigate({ name: 'races' })],
      ['go-settings', () => navigate({ name: 'settings' })],
      ['find-patient', () => navigate({ name: 'patients' })],
      ['new-patient', () => navigate({ name: 'patient-new' })],
      [
        'log-session',
        () =>
          patientId
            ? navigate({ name: 'session-new', patientId })
            : notify('Open a patient first, then log their session.')
      ],
      ['print-sheet', () => notify('Open a saved session to print its take-home sheet.')],
      ['save-sheet-pdf', () => notify('Open a saved session to save its take-home sheet as PDF.')]
    ]
    const unregister = defaults.map(([command, handler]) =>
      registerCommand(command, handler, { isFallback: true })
    )
    return () => unregister.forEach((u) => u())
  }, [patientId, notify, lock])
}

/** Menu commands from the desktop menu, or the same shortcuts bound here in a browser. */
function useCommandSources(): void {
  useEffect(() => onMenuCommand((command) => runCommand(command)), [])
  useEffect(() => {
    if (isDesktop()) return
    const handleKeyDown = (event: KeyboardEvent): void => {
      const command = commandForKey(event, isMac)
      if (command && runCommand(command)) event.preventDefault()
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [])
}

export type AppShellProps = { settings: Settings }

export function AppShell({ settings }: AppShellProps) {
  const { lock, signOut, noteViewed } = useAuth()
  const me = useSignedIn()
  const route = useRoute()
  const viewedPatient = patientIdOf(route)
  // Opening a patient's record is on the trail, once per patient per sign-in.
  useEffect(() => {
    if (viewedPatient) noteViewed(viewedPatient)
  }, [viewedPatient, noteViewed])
  const area = areaOf(route)
  useDefaultCommands(route)
  useCommandSources()
  const sidebar = useSidebar()

  return (
    <div className={`app-shell ${sidebar.isCollapsed ? 'app-shell--collapsed' : ''}`}>
      <SkipLink targetId="main" />
      <nav className="sidebar" aria-label="Main">
        <div className="sidebar__brand">
          <Logo />
          <span className="sidebar__label">Racepoint</span>
        </div>
        <button
          type="button"
          className="sidebar__toggle"
          title={sidebar.isCollapsed ? 'Expand menu' : undefined}
          onClick={sidebar.toggle}
        >
          <Icon name={sidebar.isCollapsed ? 'chevronRight' : 'chevronLeft'} />
          <span className="sidebar__label">
            {sidebar.isCollapsed ? 'Expand menu' : 'Collapse menu'}
          </span>
        </button>
        <div className="nav">
          {NAV.map((item) => (
            <Link
              key={item.area}
              to={{ name: item.area }}
              className={`nav__item ${area === item.area ? 'is-active' : ''}`}
              aria-current={area === item.area ? 'page' : undefined}
              title={sidebar.isCollapsed ? item.label : undefined}
            >
              <Icon name={item.icon} />
              <span className="sidebar__label">{item.label}</span>
              <kbd aria-hidden="true">{shortcutLabel(item.command, isMac)}</kbd>
            </Link>
          ))}
        </div>
        <div className="sidebar__user">
          <span className="sidebar__who sidebar__label">
            Signed in as <strong>{me.name}</strong>
          </span>
          <div className="row sidebar__user-actions">
            <button
              type="button"
              className="btn btn--small sidebar__lock"
              onClick={lock}
              aria-keyshortcuts={isMac ? 'Meta+Shift+L' : 'Control+Shift+L'}
              title={sidebar.isCollapsed ? 'Lock' : undefined}
            >
              <Icon name="lock" size={14} /> <span className="sidebar__label">Lock</span>
              <kbd aria-hidden="true">{shortcutLabel('lock', isMac)}</kbd>
            </button>
            <button
              type="button"
              className="btn btn--small sidebar__lock"
              onClick={signOut}
              title={sidebar.isCollapsed ? 'Sign out' : undefined}
            >
              <Icon name="x" size={14} /> <span className="sidebar__label">Sign out</span>
            </button>
          </div>
        </div>
        <div className="sidebar__footer">
          <strong>{settings.clinic.name || 'Your clinic'}</strong>
          Records stay on this computer
        </div>
      </nav>
      <main className="main" id="main" tabIndex={-1}>
        <Screen route={route} settings={settings} />
      </main>
    </div>
  )
}
