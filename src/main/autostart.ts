import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import type { ShellStatus } from '../contract/state'
import type { Companion } from '../service/companion'
import { appName } from './app-identity'

/** The command-line flag a login start passes: Limber comes up in the tray without opening its window. */
export const hiddenFlag = '--hidden'

/** The Linux icon name electron-builder installs for the app (the package name). */
const linuxIconName = 'limber'

/** What a desktop entry needs to start Limber. */
export interface DesktopEntryInput {
  readonly execPath: string
  readonly args: readonly string[]
}

// Desktop Entry spec, "The Exec key": these characters make an argument need double quotes.
const reservedInExec = /[\s"'\\><~|&;$*?#()`]/

/** One Exec argument, quoted and escaped as the Desktop Entry spec asks (quoting first, then string escapes). */
function execArgument(argument: string): string {
  const quoted = reservedInExec.test(argument) ? `"${argument.replace(/["`$\\]/g, (char) => `\\${char}`)}"` : argument
  // The string-value escapes apply on top of the quoting, so a backslash is doubled again; % starts a field code.
  return quoted
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r')
    .replace(/%/g, '%%')
}

/** The content of Limber's XDG autostart entry. */
export function autostartDesktopEntry({ execPath, args }: DesktopEntryInput): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${appName}`,
    'Comment=Water and cramp-prevention reminders, started in the tray',
    `Exec=${[execPath, ...args].map(execArgument).join(' ')}`,
    `Icon=${linuxIconName}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    ''
  ].join('\n')
}

/** The environment variables starting at login depends on. */
export interface AutostartEnv {
  readonly XDG_CONFIG_HOME?: string | undefined
  /** Set by the AppImage runtime to the image's own path; `execPath` is then a temporary mount. */
  readonly APPIMAGE?: string | undefined
}

/** The program a login start should run: the AppImage itself when running from one. */
export function launchExecutable(env: AutostartEnv, execPath: string): string {
  return env.APPIMAGE ? env.APPIMAGE : execPath
}

/** Where the XDG autostart entry lives; a relative XDG_CONFIG_HOME is ignored, as the Base Directory spec says. */
export function autostartEntryPath(env: AutostartEnv, homeDir: string): string {
  const configHome =
    env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(homeDir, '.config')
  return join(configHome, 'autostart', `${linuxIconName}.desktop`)
}

/** The login-item settings Limber gives macOS and Windows. */
export interface LoginItemRequest {
  readonly openAtLogin: boolean
  readonly args: readonly string[]
}

/** Everything applying "start at login" touches, so it runs in tests without Electron or a real home folder. */
export interface AutostartPort {
  readonly platform: NodeJS.Platform
  /** A development run would register the Electron binary, not Limber. */
  readonly isPackaged: boolean
  readonly execPath: string
  readonly env: AutostartEnv
  readonly homeDir: string
  readonly files: AutostartFiles
  setLoginItemSettings(request: LoginItemRequest): void
}

/** The file operations the autostart entry needs. */
export interface AutostartFiles {
  exists(path: string): boolean
  /** Writes the file, creating its folder when missing. */
  write(path: string, content: string): void
  remove(path: string): void
}

/** What applying did: whether this platform and build can start at login at all. */
export interface StartAtLoginOutcome {
  readonly supported: boolean
}

/** Turns starting at login on or off for this platform; unsupported (and untouched) in development or elsewhere. */
export function applyStartAtLogin(enabled: boolean, port: AutostartPort): StartAtLoginOutcome {
  if (!port.isPackaged) return { supported: false }
  if (port.platform === 'darwin' || port.platform === 'win32') {
    port.setLoginItemSettings({ openAtLogin: enabled, args: [hiddenFlag] })
    return { supported: true }
  }
  if (port.platform !== 'linux') return { supported: false }
  const path = autostartEntryPath(port.env, port.homeDir)
  if (enabled) {
    const execPath = launchExecutable(port.env, port.execPath)
    port.files.write(path, autostartDesktopEntry({ execPath, args: [hiddenFlag] }))
  } else if (port.files.exists(path)) {
    port.files.remove(path)
  }
  return { supported: true }
}

/** How this run was started, to decide whether the main window opens. */
export interface LaunchInfo {
  readonly argv: readonly string[]
  readonly platform: NodeJS.Platform
  /** macOS only: the system opened Limber as a login item (asked lazily: other platforms do not answer). */
  readonly wasOpenedAtLogin: () => boolean
}

/** A login start stays in the tray: `--hidden` on the command line, or a macOS login item. */
export function startsHidden({ argv, platform, wasOpenedAtLogin }: LaunchInfo): boolean {
  return argv.includes(hiddenFlag) || (platform === 'darwin' && wasOpenedAtLogin())
}

/** The autostart files on the real file system. */
export const nodeAutostartFiles: AutostartFiles = {
  exists: (path) => existsSync(path),
  write: (path, content) => {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content, { encoding: 'utf8', mode: 0o644 })
  },
  remove: (path) => rmSync(path, { force: true })
}

/**
 * Applies `settings.startAtLogin` now and again whenever it changes, and reports whether it is supported.
 * Returns a function that stops listening.
 */
export function connectStartAtLogin(
  companion: Pick<Companion, 'state' | 'onState'> & { setShellStatus(status: Partial<ShellStatus>): void },
  port: AutostartPort,
  onError: (message: string) => void = console.error
): () => void {
  let applied: boolean | undefined
  const apply = (enabled: boolean): void => {
    if (enabled === applied) return
    applied = enabled
    try {
      const { supported } = applyStartAtLogin(enabled, port)
      // Only a change is reported: setShellStatus pushes stateChanged, which would call back in here.
      if (supported !== companion.state().shell.startAtLoginSupported) {
        companion.setShellStatus({ startAtLoginSupported: supported })
      }
    } catch (error) {
      onError(`Could not change starting at login: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  apply(companion.state().settings.startAtLogin)
  return companion.onState((state) => apply(state.settings.startAtLogin))
}
