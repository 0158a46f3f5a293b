import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { App } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import {
  applyStartAtLogin,
  autostartDesktopEntry,
  autostartEntryPath,
  connectStartAtLogin,
  launchExecutable,
  nodeAutostartFiles,
  startsHidden,
  type AutostartPort,
  type LoginItemRequest
} from './autostart'

// Compile-time proof that Electron's setLoginItemSettings takes what the port asks for.
const _loginItemsFit =
  (app: App): AutostartPort['setLoginItemSettings'] =>
  (request: LoginItemRequest) =>
    app.setLoginItemSettings({ ...request, args: [...request.args] })

function fakePort(overrides: Partial<AutostartPort> = {}) {
  const files = new Map<string, string>()
  const port: AutostartPort = {
    platform: 'linux',
    isPackaged: true,
    execPath: '/opt/Limber/limber',
    env: {},
    homeDir: '/home/runner',
    files: {
      exists: (path) => files.has(path),
      write: (path, content) => void files.set(path, content),
      remove: (path) => {
        if (!files.delete(path)) throw new Error(`ENOENT: ${path}`)
      }
    },
    setLoginItemSettings: vi.fn(),
    ...overrides
  }
  return { port, files }
}

const entryPath = '/home/runner/.config/autostart/limber.desktop'

describe('autostartDesktopEntry', () => {
  it('starts Limber hidden in the tray from an application entry', () => {
    const entry = autostartDesktopEntry({ execPath: '/opt/Limber/limber', args: ['--hidden'] })
    expect(entry.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Name=Limber',
      'Comment=Water and cramp-prevention reminders, started in the tray',
      'Exec=/opt/Limber/limber --hidden',
      'Icon=limber',
      'Terminal=false',
      'X-GNOME-Autostart-enabled=true',
      ''
    ])
  })

  it('quotes a path with spaces and escapes what the Desktop Entry spec reserves', () => {
    const exec = (execPath: string): string | undefined =>
      autostartDesktopEntry({ execPath, args: ['--hidden'] })
        .split('\n')
        .find((line) => line.startsWith('Exec='))
    expect(exec('/home/runner/My Apps/Limber.AppImage')).toBe('Exec="/home/runner/My Apps/Limber.AppImage" --hidden')
    expect(exec('/home/runner/"odd" $dir/100%/limber')).toBe(
      'Exec="/home/runner/\\\\"odd\\\\" \\\\$dir/100%%/limber" --hidden'
    )
    // A literal backslash takes four: one escape for the quoting, doubled by the string escapes.
    expect(exec('/opt/a\\b/limber')).toBe('Exec="/opt/a\\\\\\\\b/limber" --hidden')
  })
})

describe('where the entry goes and what it runs', () => {
  it('uses ~/.config/autostart unless XDG_CONFIG_HOME names an absolute folder', () => {
    expect(autostartEntryPath({}, '/home/runner')).toBe(entryPath)
    expect(autostartEntryPath({ XDG_CONFIG_HOME: '/tmp/config' }, '/home/runner')).toBe(
      '/tmp/config/autostart/limber.desktop'
    )
    expect(autostartEntryPath({ XDG_CONFIG_HOME: 'relative' }, '/home/runner')).toBe(entryPath)
  })

  it('runs the AppImage itself, not its temporary mount', () => {
    expect(launchExecutable({ APPIMAGE: '/home/runner/Limber.AppImage' }, '/tmp/.mount_x/limber')).toBe(
      '/home/runner/Limber.AppImage'
    )
    expect(launchExecutable({}, '/opt/Limber/limber')).toBe('/opt/Limber/limber')
  })
})

describe('applyStartAtLogin on Linux', () => {
  it('writes the autostart entry when on', () => {
    const { port, files } = fakePort()
    expect(applyStartAtLogin(true, port)).toEqual({ supported: true })
    expect(files.get(entryPath)).toContain('Exec=/opt/Limber/limber --hidden')
  })

  it('writes it under XDG_CONFIG_HOME, pointing at the AppImage', () => {
    const { port, files } = fakePort({ env: { XDG_CONFIG_HOME: '/xdg', APPIMAGE: '/apps/Limber 1.AppImage' } })
    applyStartAtLogin(true, port)
    expect([...files.keys()]).toEqual(['/xdg/autostart/limber.desktop'])
    expect(files.get('/xdg/autostart/limber.desktop')).toContain('Exec="/apps/Limber 1.AppImage" --hidden')
  })

  it('removes the entry when off, and is fine when there is none', () => {
    const { port, files } = fakePort()
    applyStartAtLogin(true, port)
    expect(applyStartAtLogin(false, port)).toEqual({ supported: true })
    expect(files.size).toBe(0)
    expect(applyStartAtLogin(false, port)).toEqual({ supported: true })
  })

  it('creates and removes a real file, folder included', () => {
    const home = tempDataDir()
    const { port } = fakePort({ homeDir: home, files: nodeAutostartFiles })
    const path = join(home, '.config', 'autostart', 'limber.desktop')
    applyStartAtLogin(true, port)
    expect(readFileSync(path, 'utf8')).toMatch(/^\[Desktop Entry\]\n/)
    applyStartAtLogin(false, port)
    expect(existsSync(path)).toBe(false)
    expect(() => nodeAutostartFiles.remove(path)).not.toThrow()
  })
})

describe('applyStartAtLogin elsewhere', () => {
  it.each(['darwin', 'win32'] as const)('sets the login item on %s', (platform) => {
    const { port, files } = fakePort({ platform })
    expect(applyStartAtLogin(true, port)).toEqual({ supported: true })
    applyStartAtLogin(false, port)
    expect(vi.mocked(port.setLoginItemSettings).mock.calls).toEqual([
      [{ openAtLogin: true, args: ['--hidden'] }],
      [{ openAtLogin: false, args: ['--hidden'] }]
    ])
    expect(files.size).toBe(0)
  })

  it('does nothing in development, where it would register the Electron binary', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const { port, files } = fakePort({ platform, isPackaged: false })
      expect(applyStartAtLogin(true, port)).toEqual({ supported: false })
      expect(files.size).toBe(0)
      expect(port.setLoginItemSettings).not.toHaveBeenCalled()
    }
  })

  it('reports other platforms as unsupported', () => {
    expect(applyStartAtLogin(true, fakePort({ platform: 'freebsd' }).port)).toEqual({ supported: false })
  })
})

describe('startsHidden', () => {
  const notAtLogin = (): boolean => false
  it('stays in the tray when started with --hidden', () => {
    expect(startsHidden({ argv: ['/opt/limber', '--hidden'], platform: 'linux', wasOpenedAtLogin: notAtLogin })).toBe(
      true
    )
    expect(startsHidden({ argv: ['/opt/limber'], platform: 'linux', wasOpenedAtLogin: notAtLogin })).toBe(false)
  })

  it('asks macOS whether it opened Limber as a login item, and only macOS', () => {
    const atLogin = vi.fn(() => true)
    expect(startsHidden({ argv: [], platform: 'darwin', wasOpenedAtLogin: atLogin })).toBe(true)
    expect(startsHidden({ argv: [], platform: 'win32', wasOpenedAtLogin: atLogin })).toBe(false)
    expect(atLogin).toHaveBeenCalledOnce()
  })
})

describe('connectStartAtLogin', () => {
  it('applies the setting at start and on each change, and reports support once', async () => {
    const companion = companionIn(tempDataDir())
    const setShellStatus = vi.spyOn(companion, 'setShellStatus')
    const { port, files } = fakePort()
    const stop = connectStartAtLogin(companion, port)
    expect(companion.state().shell.startAtLoginSupported).toBe(true)
    expect(files.size).toBe(0)

    await companion.invoke('updateSettings', { startAtLogin: true })
    expect(files.has(entryPath)).toBe(true)
    await companion.invoke('logWater', { amountMl: 250 })
    await companion.invoke('updateSettings', { startAtLogin: false })
    expect(files.size).toBe(0)
    expect(setShellStatus).toHaveBeenCalledOnce()

    stop()
    await companion.invoke('updateSettings', { startAtLogin: true })
    expect(files.size).toBe(0)
  })

  it('reports development builds as unsupported and logs a failure instead of throwing', async () => {
    const companion = companionIn(tempDataDir())
    connectStartAtLogin(companion, fakePort({ isPackaged: false }).port)
    expect(companion.state().shell.startAtLoginSupported).toBe(false)

    const errors: string[] = []
    const readOnly = {
      exists: () => false,
      remove: () => undefined,
      write: () => {
        throw new Error('read-only file system')
      }
    }
    const other = companionIn(tempDataDir())
    await other.invoke('updateSettings', { startAtLogin: true })
    connectStartAtLogin(other, fakePort({ files: readOnly }).port, (message) => errors.push(message))
    expect(errors).toEqual(['Could not change starting at login: read-only file system'])
  })
})
