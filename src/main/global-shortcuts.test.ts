import type { GlobalShortcut } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { defaultShortcuts, type Settings } from '../core/settings/settings'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import {
  connectGlobalShortcuts,
  globalShortcutActions,
  syncGlobalShortcuts,
  type ShortcutActions,
  type ShortcutPort
} from './global-shortcuts'

// Compile-time proof that Electron's globalShortcut fits the port.
const _globalShortcutFits = (globalShortcut: GlobalShortcut): ShortcutPort => globalShortcut

/** A desktop where `taken` accelerators belong to another application. */
function fakeDesktop(taken: readonly string[] = []) {
  const registered = new Map<string, () => void>()
  const port: ShortcutPort = {
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (taken.includes(accelerator) || registered.has(accelerator)) return false
      registered.set(accelerator, callback)
      return true
    }),
    unregisterAll: vi.fn(() => registered.clear())
  }
  const press = (accelerator: string): void => registered.get(accelerator)?.()
  return { port, registered, press }
}

const fakeActions = () =>
  ({ logGlass: vi.fn<() => void>(), crampRelief: vi.fn<() => void>() }) satisfies ShortcutActions

const on = (change: Partial<Settings['shortcuts']> = {}): Settings['shortcuts'] => ({
  ...defaultShortcuts(),
  enabled: true,
  ...change
})

describe('syncGlobalShortcuts', () => {
  it('registers nothing while switched off', () => {
    const { port, registered } = fakeDesktop()
    expect(syncGlobalShortcuts(defaultShortcuts(), port, fakeActions())).toEqual([])
    expect(registered.size).toBe(0)
    expect(port.register).not.toHaveBeenCalled()
  })

  it('registers both when switched on, each running its own action', () => {
    const { port, registered, press } = fakeDesktop()
    const actions = fakeActions()
    expect(syncGlobalShortcuts(on(), port, actions)).toEqual([])
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+W', 'CommandOrControl+Alt+C'])
    press('CommandOrControl+Alt+W')
    expect(actions.logGlass).toHaveBeenCalledOnce()
    expect(actions.crampRelief).not.toHaveBeenCalled()
    press('CommandOrControl+Alt+C')
    expect(actions.crampRelief).toHaveBeenCalledOnce()
  })

  it('reports a shortcut another application holds, and still registers the other', () => {
    const { port, registered } = fakeDesktop(['CommandOrControl+Alt+C'])
    expect(syncGlobalShortcuts(on(), port, fakeActions())).toEqual(['crampRelief'])
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+W'])
  })

  it('reports an accelerator Electron refuses to parse as unusable', () => {
    const port: ShortcutPort = {
      register: () => {
        throw new Error('conversion failure')
      },
      unregisterAll: () => undefined
    }
    expect(syncGlobalShortcuts(on(), port, fakeActions())).toEqual(['logGlass', 'crampRelief'])
  })

  it('drops the old shortcuts on a re-sync', () => {
    const { port, registered } = fakeDesktop()
    syncGlobalShortcuts(on(), port, fakeActions())
    syncGlobalShortcuts(on({ logGlass: 'Shift+Alt+G' }), port, fakeActions())
    expect([...registered.keys()]).toEqual(['Shift+Alt+G', 'CommandOrControl+Alt+C'])
    syncGlobalShortcuts(on({ enabled: false }), port, fakeActions())
    expect(registered.size).toBe(0)
    expect(port.unregisterAll).toHaveBeenCalledTimes(3)
  })
})

describe('globalShortcutActions', () => {
  it('logs a glass of the size in Settings at the time of the key press', async () => {
    const companion = companionIn(tempDataDir())
    const actions = globalShortcutActions(companion, vi.fn())
    await companion.invoke('updateSettings', { glassMl: 300 })
    actions.logGlass()
    await vi.waitFor(() => expect(companion.state().today.totalMl).toBe(300))
  })

  it('starts cramp relief and shows the player', async () => {
    const companion = companionIn(tempDataDir())
    const openWindow = vi.fn()
    globalShortcutActions(companion, openWindow).crampRelief()
    await vi.waitFor(() => expect(openWindow).toHaveBeenCalledWith('player'))
    expect(companion.state().session?.routine.id).toBe('cramp-relief')
  })

  it('still brings the window up, and says why, when the routine cannot start', async () => {
    const companion = companionIn(tempDataDir())
    const openWindow = vi.fn()
    const errors: string[] = []
    const refusing = {
      ...companion,
      state: () => companion.state(),
      invoke: vi.fn(() => Promise.reject(new Error('gone')))
    }
    globalShortcutActions(refusing, openWindow, (message) => errors.push(message)).crampRelief()
    await vi.waitFor(() => expect(openWindow).toHaveBeenCalledWith(undefined))
    expect(errors).toEqual(['Could not start cramp relief from a shortcut: gone'])
  })
})

describe('connectGlobalShortcuts', () => {
  it('follows the settings and reports conflicts to the window', async () => {
    const companion = companionIn(tempDataDir())
    const { port, registered } = fakeDesktop(['CommandOrControl+Alt+C'])
    const stop = connectGlobalShortcuts(companion, port, fakeActions())
    expect(registered.size).toBe(0)
    expect(companion.state().shell.shortcutConflicts).toEqual([])

    await companion.invoke('updateSettings', { shortcuts: on() })
    expect(companion.state().shell.shortcutConflicts).toEqual(['crampRelief'])
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+W'])

    await companion.invoke('updateSettings', { shortcuts: on({ crampRelief: 'Shift+Alt+R' }) })
    expect(companion.state().shell.shortcutConflicts).toEqual([])
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+W', 'Shift+Alt+R'])

    stop()
    expect(registered.size).toBe(0)
  })

  it('leaves the shortcuts alone when something else changes', async () => {
    const companion = companionIn(tempDataDir())
    const { port } = fakeDesktop()
    await companion.invoke('updateSettings', { shortcuts: on() })
    connectGlobalShortcuts(companion, port, fakeActions())
    await companion.invoke('logWater', { amountMl: 250 })
    await companion.invoke('updateSettings', { glassMl: 300 })
    expect(port.register).toHaveBeenCalledTimes(2)
  })
})
