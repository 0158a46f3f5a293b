import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  Menu,
  nativeImage,
  nativeTheme,
  powerMonitor,
  screen,
  session,
  shell,
  Tray
} from 'electron'
import ElectronStore from 'electron-store'
import { parseCommandLine } from '../cli/command-line'
import { Companion } from '../service/companion'
import { runningActivityParser } from '../service/activity-import'
import { acquireDataDirLock } from '../service/instance-lock'
import { createNodeNotifier } from '../service/node-notifier-adapter'
import { systemClock } from '../service/ports'
import { appId, appName } from './app-identity'
import { appIconFile, appPaths, outsideAsar, trayIconFile } from './app-paths'
import {
  consoleLaunchPort,
  forwardLaunch,
  secondLaunchShowsWindow,
  serveCommandLine,
  singleInstanceData
} from './command-line-launch'
import { connectStartAtLogin, nodeAutostartFiles, startsHidden } from './autostart'
import { connectGlobalShortcuts, globalShortcutActions } from './global-shortcuts'
import { connectIpc } from './ipc-adapter'
import { mainWindowKeeper, routeForNotification, type MainWindowKeeper } from './main-window'
import { askBeforeDroppingChanges } from './unsaved-changes'
import { miniTimerKeeper, miniTimerWindowOptions, type MiniTimerKeeper } from './mini-timer-window'
import { connectPowerEvents, userPresence } from './power-events'
import { isAppUrl, rendererSource } from './renderer-source'
import { alreadyRunningMessage } from './startup-messages'
import { syncTray } from './tray-sync'
import { syncWidget, widgetWindowOptions, type PlacementStore, type WidgetKeeper } from './widget-window'
import { mainWindowOptions, windowBackgroundFor, type WindowOptionsInput } from './window-options'
import { keepRendererAlive } from './renderer-recovery'
import { contentSecurityPolicy, guardSession, guardWebContents } from './window-security'

// Resolved from this bundle (out/main/index.js), so dev, a plain build and an asar package agree.
const paths = appPaths(import.meta.url)
const source = rendererSource(process.env, app.isPackaged, paths.rendererHtml)
const isOwnPage = (url: string): boolean => isAppUrl(url, source)
/** Where a crashed page is reported (see renderer-recovery.ts). */
const crashReports = { now: () => systemClock.now(), log: (message: string) => console.error(message) }
/** Keeps a web contents on Limber's page; a cited source's link opens in the default browser. */
const guard = (contents: Electron.WebContents): void =>
  guardWebContents(contents, isOwnPage, (url) => void shell.openExternal(url))

// Held at module level: a Tray that is garbage-collected vanishes from the panel.
let tray: Tray | undefined
// Set once quitting starts, so the widget closing with the app does not count as the person turning it off.
let quitting = false

app.setName(appName)
app.setAppUserModelId(appId)
app.enableSandbox()
// A data folder given for tests or portable use also scopes the single-instance lock and caches to it.
if (process.env.LIMBER_DATA_DIR) app.setPath('userData', process.env.LIMBER_DATA_DIR)
// `limber --log-water 250` and friends: see src/main/command-line-launch.ts.
const launchCommandLine = parseCommandLine(process.argv.slice(1))
const launchPort = consoleLaunchPort({ exit: (code) => app.exit(code), quit: () => app.quit() })

if (!app.requestSingleInstanceLock(singleInstanceData(launchCommandLine))) {
  void forwardLaunch(launchCommandLine, { dataDir: app.getPath('userData'), port: launchPort })
} else {
  // Defence in depth: every web contents, not only our window's, stays on the app and opens nothing.
  app.on('web-contents-created', (_event, contents) => guard(contents))
  // Closing the window leaves Limber running in the tray; only "Quit Limber" ends it.
  app.on('window-all-closed', () => {})
  app.on('before-quit', () => {
    quitting = true
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error))
}

function start(): void {
  const dataDir = app.getPath('userData')
  const lock = acquireDataDirLock(dataDir, { pid: process.pid, mode: 'desktop', startedAtMs: Date.now() })
  if (!lock.acquired) {
    // Browser mode holds the folder: a command goes to it instead of a dialog.
    if (launchCommandLine.kind !== 'none') return void forwardLaunch(launchCommandLine, { dataDir, port: launchPort })
    dialog.showErrorBox('Limber is already running', alreadyRunningMessage(lock.holder, dataDir))
    app.quit()
    return
  }
  app.on('will-quit', () => lock.release())

  const windows = openWindows()
  const miniTimer = openMiniTimers()
  const companion = new Companion({
    dataDir,
    clock: systemClock,
    mode: 'desktop',
    // Watch files are parsed on a worker thread, so a large one never stalls the tray or the windows.
    activityParser: runningActivityParser(import.meta.url),
    // Tray, notifications and command-line replies speak the system's language unless one is chosen in Settings.
    locale: app.getLocale(),
    // The notification helpers run as their own processes, so the icon must be a real file outside the asar.
    notifier: createNodeNotifier({
      appName,
      appId,
      iconPath: outsideAsar(join(paths.resourcesDir, appIconFile)),
      onError: (error) => console.error(`Could not show a notification: ${error.message}`)
    }),
    shell: {
      openMiniTimer: () => void miniTimer.show(),
      showMainWindow: () => void windows.show(),
      openScreen: (screen) => void windows.show(routeForNotification(screen)),
      idleState: () => userPresence(powerMonitor)
    }
  })
  connectPowerEvents(powerMonitor, companion)
  // Quitting waits for a save still on its way (a reminder just recorded, a routine's step): moments at most.
  let savesLanded = false
  app.on('before-quit', (event) => {
    if (savesLanded) return
    event.preventDefault()
    void companion
      .saved()
      .catch(() => {})
      .finally(() => {
        savesLanded = true
        app.quit()
      })
  })
  // Linux and macOS shutting down can close the windows without 'before-quit': the widget setting stays as it was.
  powerMonitor.on('shutdown', () => {
    quitting = true
  })
  guardSession(session.defaultSession, contentSecurityPolicy(source.kind === 'dev-server' ? source.origin : undefined))
  connectIpc({
    companion,
    isAppUrl: isOwnPage,
    eventTargets: () => BrowserWindow.getAllWindows().map((window) => window.webContents)
  })

  tray = new Tray(nativeImage.createFromPath(join(paths.resourcesDir, trayIconFile(process.platform))))
  syncTray({
    tray,
    buildMenu: (template) => Menu.buildFromTemplate(template),
    companion,
    actions: {
      openWindow: (route) => void windows.show(route),
      showMessage: (message) => void dialog.showMessageBox({ type: 'info', buttons: ['OK'], ...message }),
      quit: () => app.quit()
    },
    locale: app.getLocale(),
    now: () => systemClock.now()
  })
  // Windows shows the tray menu on right-click only; a left click should bring Limber up.
  if (process.platform === 'win32') tray.on('click', () => windows.show())
  const widget = openWidget(companion)

  app.on('second-instance', (_event, _argv, _cwd, data) => {
    if (secondLaunchShowsWindow(data)) windows.show()
  })
  app.on('activate', () => windows.show())
  nativeTheme.on('updated', () => {
    for (const window of [windows.current(), miniTimer.current(), widget.current()])
      window?.setBackgroundColor(windowBackgroundFor(nativeTheme))
  })
  connectLoginAndShortcuts(companion, windows)
  // A login start (or --hidden) stays in the tray until the person opens Limber.
  if (!launchedHidden()) windows.show()
  const commandLine = serveCommandLine({
    companion,
    dataDir,
    launch: launchCommandLine,
    openScreen: (screen) => void windows.show(routeForNotification(screen)),
    port: launchPort
  })
  app.on('will-quit', () => void commandLine.stop())
}

function openWindows(): MainWindowKeeper<BrowserWindow> {
  return mainWindowKeeper(() => {
    // Options are read at each opening, so a window reopened after a theme change paints the right background.
    const window = new BrowserWindow(mainWindowOptions(windowInput()))
    guard(window.webContents)
    askBeforeDroppingChanges(window.webContents, (question) =>
      dialog.showMessageBoxSync(window, { ...question, buttons: [...question.buttons] })
    )
    keepRendererAlive(window, { name: 'main window', ...crashReports })
    return window
  }, source)
}

function openMiniTimers(): MiniTimerKeeper<BrowserWindow> {
  return miniTimerKeeper(() => {
    const window = new BrowserWindow(miniTimerWindowOptions(windowInput()))
    guard(window.webContents)
    keepRendererAlive(window, { name: 'mini timer', ...crashReports })
    return window
  }, source)
}

/** The always-on-top widget, shown while its setting is on. */
function openWidget(companion: Companion): WidgetKeeper<BrowserWindow> {
  return syncWidget({
    create: (bounds) => {
      const window = new BrowserWindow(widgetWindowOptions(windowInput(), bounds))
      guard(window.webContents)
      keepRendererAlive(window, { name: 'widget', ...crashReports })
      return window
    },
    source,
    screen,
    store: widgetPlacementStore(),
    companion,
    isQuitting: () => quitting
  })
}

/** widget-position.json in the data folder; if it cannot be opened, the widget remembers its spot until quit. */
function widgetPlacementStore(): PlacementStore {
  try {
    // Unimportant data: a damaged file is cleared rather than stopping Limber.
    const file = new ElectronStore({ name: 'widget-position', clearInvalidConfig: true })
    return { get: () => file.get('placement'), set: (placement) => file.set('placement', placement) }
  } catch (error) {
    console.error(`Could not open the widget's saved position: ${String(error)}`)
    let kept: unknown
    return { get: () => kept, set: (placement) => (kept = placement) }
  }
}

/** Start at login and the global shortcuts follow their settings; the shortcuts are released on quit. */
function connectLoginAndShortcuts(companion: Companion, windows: MainWindowKeeper<BrowserWindow>): void {
  connectStartAtLogin(companion, {
    platform: process.platform,
    isPackaged: app.isPackaged,
    execPath: process.execPath,
    env: { XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, APPIMAGE: process.env.APPIMAGE },
    homeDir: app.getPath('home'),
    files: nodeAutostartFiles,
    setLoginItemSettings: (request) => app.setLoginItemSettings({ ...request, args: [...request.args] })
  })
  const actions = globalShortcutActions(companion, (route) => void windows.show(route))
  app.on('will-quit', connectGlobalShortcuts(companion, globalShortcut, actions))
}

/** Started by the login item or the autostart entry, so only the tray comes up. */
function launchedHidden(): boolean {
  return startsHidden({
    argv: process.argv,
    platform: process.platform,
    wasOpenedAtLogin: () => app.getLoginItemSettings().wasOpenedAtLogin
  })
}

function windowInput(): WindowOptionsInput {
  return { preloadPath: paths.preload, iconPath: join(paths.resourcesDir, appIconFile), theme: nativeTheme }
}

function fail(error: unknown): void {
  dialog.showErrorBox('Limber could not start', error instanceof Error ? (error.stack ?? error.message) : String(error))
  app.exit(1)
}
