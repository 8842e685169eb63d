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
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { APP_SCHEME, type EventChannel, type EventContract } from '../shared/ipc'
import { APP_ENTRY_URL, mimeTypeFor, resolveAppAsset } from './appUrl'
import { createDesktopBackups } from './backup/desktop'
import { registerIpc } from './ipc'
import { systemPrintDeps } from './ipc/printSystem'
import { buildMenuTemplate } from './menu'
import { lockOnSystemEvents } from './lockEvents'
import { resolveUserDataDir } from './paths'
import { CONTENT_SECURITY_POLICY, isTrustedUrl, secureWebPreferences } from './security'
import { MIN_SIZE, parseWindowState, restoreBounds, type WindowState } from './windowState'

// Must happen before `ready`: the app:// origin is standard and secure so IndexedDB, fetch and
// the CSP behave as on https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

const userDataOverride = resolveUserDataDir(process.env, process.cwd())
if (userDataOverride) app.setPath('userData', userDataOverride)

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const rendererRoot = join(__dirname, '../renderer')
const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json')

let mainWindow: BrowserWindow | null = null
const backups = createDesktopBackups({ app, dialog, getWindow: () => mainWindow })

function send<C extends EventChannel>(channel: C, payload: EventContract[C]): void {
  mainWindow?.webContents.send(channel, payload)
}

async function serveAppAsset(request: Request): Promise<Response> {
  const lookup = resolveAppAsset(request.url, rendererRoot)
  if (lookup.kind === 'refused') return new Response('Not found', { status: 404 })
  try {
    const body = await readFile(lookup.path)
    return new Response(body, {
      headers: {
        'content-type': mimeTypeFor(lookup.path),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff'
      }
    })
  } catch {
    return new Response('Not found', { status: 404 })
  }
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

  window.once('ready-to-show', () => {
    if (saved?.isMaximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    const state: WindowState = { ...window.getNormalBounds(), isMaximized: window.isMaximized() }
    // Best effort: losing the window position is harmless.
    void writeFile(windowStatePath(), JSON.stringify(state)).catch(() => undefined)
  })
  window.on('closed', () => {
    mainWindow = null
  })

  await window.loadURL(devServerUrl ?? APP_ENTRY_URL)
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

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
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false)
    )
    session.defaultSession.setPermissionCheckHandler(() => false)
    protocol.handle(APP_SCHEME, serveAppAsset)

    registerIpc(ipcMain, {
      devServerUrl,
      backup: backups.ipc,
      appInfo: {
        version: app.getVersion(),
        userDataPath: app.getPath('userData'),
        platform: process.platform
      },
      print: systemPrintDeps(app.getPath('documents'))
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
