import type { CallInput, CallName } from '../contract/contract'
import type { ShellStatus, ShortcutName } from '../contract/state'
import type { Settings } from '../core/settings/settings'
import type { Companion } from '../service/companion'
import type { AppRoute } from './renderer-source'

/** The part of Electron's `globalShortcut` Limber uses; `register` is false when another app holds the keys. */
export interface ShortcutPort {
  register(accelerator: string, callback: () => void): boolean
  unregisterAll(): void
}

/** What each global shortcut does. */
export type ShortcutActions = Readonly<Record<ShortcutName, () => void>>

/** The shortcuts Limber offers, in the order the Settings form shows them. */
export const shortcutNames: readonly ShortcutName[] = ['logGlass', 'crampRelief']

/**
 * Registers exactly the shortcuts the settings ask for (none while switched off), dropping any registered
 * before. Returns the ones that could not be registered: another application holds them.
 */
export function syncGlobalShortcuts(
  shortcuts: Settings['shortcuts'],
  port: ShortcutPort,
  actions: ShortcutActions
): ShortcutName[] {
  // Limber registers nothing else globally, so unregistering everything only drops our own old keys.
  port.unregisterAll()
  if (!shortcuts.enabled) return []
  return shortcutNames.filter((name) => {
    try {
      return !port.register(shortcuts[name], actions[name])
    } catch {
      // Electron throws for an accelerator it cannot parse; unusable either way, so it is reported the same.
      return true
    }
  })
}

/** The companion as the shortcuts use it. */
export type ShortcutCompanion = Pick<Companion, 'state' | 'invoke' | 'onState'> & {
  setShellStatus(status: Partial<ShellStatus>): void
}

/** What the shortcuts do: log a glass of the size in Settings, or start cramp relief and show the player. */
export function globalShortcutActions(
  companion: Pick<Companion, 'state' | 'invoke'>,
  openWindow: (route?: AppRoute) => void,
  onError: (message: string) => void = console.error
): ShortcutActions {
  const call = async <N extends CallName>(name: N, input: CallInput<N>, what: string): Promise<boolean> => {
    try {
      const outcome = await companion.invoke(name, input)
      if (!outcome.ok) onError(`Could not ${what} from a shortcut: ${outcome.error.message}`)
      return outcome.ok
    } catch (error) {
      onError(`Could not ${what} from a shortcut: ${error instanceof Error ? error.message : String(error)}`)
      return false
    }
  }
  return {
    // The glass size is read at the key press, so a size changed since registering is the one logged.
    logGlass: () => void call('logWater', { amountMl: companion.state().settings.glassMl }, 'log a glass'),
    crampRelief: () =>
      // Opened either way, as from the tray: someone mid-cramp needs Limber in front of them.
      void call('startRoutine', { routineId: 'cramp-relief' }, 'start cramp relief').then((started) =>
        openWindow(started ? 'player' : undefined)
      )
  }
}

const sameShortcuts = (a: Settings['shortcuts'], b: Settings['shortcuts']): boolean =>
  a.enabled === b.enabled && a.logGlass === b.logGlass && a.crampRelief === b.crampRelief

const sameNames = (a: readonly ShortcutName[], b: readonly ShortcutName[]): boolean =>
  a.length === b.length && a.every((name, index) => name === b[index])

/**
 * Registers the shortcuts in the settings now and again whenever they change, and reports conflicts to
 * the window. Returns a function that stops listening and unregisters them (for will-quit).
 */
export function connectGlobalShortcuts(
  companion: ShortcutCompanion,
  port: ShortcutPort,
  actions: ShortcutActions
): () => void {
  let applied: Settings['shortcuts'] | undefined
  const sync = (shortcuts: Settings['shortcuts']): void => {
    if (applied && sameShortcuts(applied, shortcuts)) return
    applied = shortcuts
    const conflicts = syncGlobalShortcuts(shortcuts, port, actions)
    // Only a change is reported: setShellStatus pushes stateChanged, which calls back in here.
    if (!sameNames(conflicts, companion.state().shell.shortcutConflicts)) {
      companion.setShellStatus({ shortcutConflicts: conflicts })
    }
  }
  sync(companion.state().settings.shortcuts)
  const stop = companion.onState((state) => sync(state.settings.shortcuts))
  return () => {
    stop()
    port.unregisterAll()
  }
}
