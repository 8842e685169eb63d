import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  screen,
  session
} from 'electron'
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { APP_ORIGIN, APP_SCHEME, type EventChannel, type EventContract } from '../shared/ipc'
import { retirePlainStoreIfMarked } from './plainStore'
import { createAppAssetServer } from './appProtocol'
import { APP_ENTRY_URL } from './appUrl'
import { createDesktopBackups } from './backup/desktop'
import { devServerUrlFrom } from './devServer'
import { writeFileAtomic } from './files/atomicFile'
import { registerIpc } from './ipc'
import { systemPrintDeps } from './ipc/printSystem'
import { createLog, errorCode } from './log'
import { buildMenuTemplate } from './menu'
import { lockOnSystemEvents } from './lockEvents'
import { resolveUserDataDir } from './paths'
import { isTrustedUrl, secureWebPreferences } from './security'
import { MIN_SIZE, parseWindowState, restoreBounds, type WindowState } from './windowState'

// Must happen before `ready`: the app:// origin is standard and secure so IndexedDB, fetch and
// the CSP behave as on https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

const userDataOverride = resolveUserDataDir(process.env, process.cwd())
if (userDataOverride) app.setPath('userData', userDataOverride)

// electron-vite fixes DEV at build time, so a production build drops this read altogether
// (tests/e2e/electron/build.spec.ts checks the built file).
const devServerUrl = import.meta.env.DEV ? devServerUrlFrom(process.env) : undefined
const rendererRoot = join(__dirname, '../renderer')
const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json')

// Inside the user-data folder on every system, so a clinic finds it beside its data and a
// throwaway RACEPOINT_USER_DATA keeps its own.
const log = createLog({ folder: join(app.getPath('userData'), 'logs') })
log.info('app.started', {
  version: app.getVersion(),
  platform: process.platform,
  arch: process.arch,
  electron: process.versions.electron ?? 'unknown',
  isPackaged: app.isPackaged
})
process.on('uncaughtException', (error) => {
  log.error('app.error', { code: errorCode(error), where: 'main' })
})
process.on('unhandledRejection', (reason) => {
  log.error('app.error', { code: errorCode(reason), where: 'main-promise' })
})

let mainWindow: BrowserWindow | null = null
const backups = createDesktopBackups({ app, dialog, getWindow: () => mainWindow, log })

function send<C extends EventChannel>(channel: C, payload: EventContract[C]): void {
  mainWindow?.webContents.send(channel, payload)
}

async function readWindowState(): Promise<WindowState | null> {
  try {
    return parseWindowState(await readFile(windowStatePath(), 'utf8'))
  } catch {
    return null
  }
}

async function createWindow(): Promise<void> {
  const saved = await readWindowState()
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Racepoint',
    backgroundColor: '#f6f7f9',
    icon: join(__dirname, '../../resources/icon.png'),
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  mainWindow = window
  backups.guardClose(window)
  log.info('window.created', { isMaximized: saved?.isMaximized === true })

  // The title stays "Racepoint": a page title could name a patient in the taskbar.
  window.on('page-title-updated', (event) => event.preventDefault())
  window.on('unresponsive', () => log.warn('window.unresponsive'))
  window.on('responsive', () => log.info('window.responsive'))
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('renderer.gone', { reason: details.reason, exitCode: details.exitCode })
  })

  window.once('ready-to-show', () => {
    if (saved?.isMaximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    const state: WindowState = { ...window.getNormalBounds(), isMaximized: window.isMaximized() }
    // Best effort: losing the window position is harmless.
    void writeFileAtomic(
      windowStatePath(),
      new TextEncoder().encode(JSON.stringify(state)),
      randomUUID()
    ).catch(() => undefined)
  })
  window.on('closed', () => {
    mainWindow = null
  })

  await window.loadURL(devServerUrl ?? APP_ENTRY_URL)
}

// The URLs refused here are not logged: a URL can carry anything, a patient's name included.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => {
    log.warn('window-open.blocked')
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url, devServerUrl)) return
    event.preventDefault()
    log.warn('navigation.blocked', { kind: 'navigate' })
  })
  contents.on('will-redirect', (event, url) => {
    if (isTrustedUrl(url, devServerUrl)) return
    event.preventDefault()
    log.warn('navigation.blocked', { kind: 'redirect' })
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log.warn('webview.blocked')
  })
})

app.on('child-process-gone', (_event, details) => {
  log.warn('child-process.gone', { type: details.type, reason: details.reason })
})
app.on('will-quit', () => log.info('app.quit'))

if (!app.requestSingleInstanceLock()) {
  // One clinic database, one writer: a second launch hands over to the running window.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
      log.warn('permission.denied', { permission })
      callback(false)
    })
    session.defaultSession.setPermissionCheckHandler(() => false)
    // Off for the whole session too: Chromium would otherwise fetch dictionaries on Linux.
    session.defaultSession.setSpellCheckerEnabled(false)
    protocol.handle(APP_SCHEME, createAppAssetServer({ rendererRoot, log }))
    // Before any window opens the store: the plain rows of a clinic sealed last time go.
    if (await retirePlainStoreIfMarked(app.getPath('userData'), APP_ORIGIN))
      log.info('storage.plain-retired', {})

    registerIpc(ipcMain, {
      devServerUrl,
      log,
      backup: backups.ipc,
      appInfo: {
        version: app.getVersion(),
        userDataPath: app.getPath('userData'),
        platform: process.platform,
        logFolder: log.folder
      },
      print: systemPrintDeps(app.getPath('documents'), log)
    })

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          isDev: Boolean(devServerUrl),
          send: (command) => send('menu:command', command)
        })
      )
    )

    lockOnSystemEvents(powerMonitor, (command) => send('menu:command', command))

    await createWindow()

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
