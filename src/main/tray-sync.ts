import type { MenuItemConstructorOptions } from 'electron'
import type { CallInput, CallName } from '../contract/contract'
import { textLocale } from '../core/text/catalogue'
import type { Companion } from '../service/companion'
import type { AppRoute } from './renderer-source'
import { trayMenuTemplate, trayTooltip, type TrayActions } from './tray-menu'
import { whenToSeeADoctorMessage, type TrayMessage } from './tray-relief'

/** What the tray asks of the shell around it. */
export interface TrayShellActions {
  /** Shows the main window, at a route when one is given. */
  openWindow(route?: AppRoute): void
  /** Shows a native message box (with no parent: the tray has no window). */
  showMessage(message: TrayMessage): void
  quit(): void
}

/** What keeping the tray current needs; `Menu` stays a parameter so this runs without Electron. */
export interface TraySyncOptions<M> {
  readonly tray: { setToolTip(text: string): void; setContextMenu(menu: M): void }
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => M
  readonly companion: Pick<Companion, 'state' | 'invoke' | 'onState'>
  readonly actions: TrayShellActions
  /** The system's locale; the language chosen in Settings, when there is one, wins. */
  readonly locale: string
  /** The wall clock, read once per redraw to say where a routine is. */
  readonly now: () => number
  readonly onError?: (message: string) => void
}

/**
 * Shows the companion's state in the tray now and again on every `stateChanged`, with no timer:
 * the service pushes every change, including drinks logged from the window or the tray itself and
 * each boundary between routine segments.
 */
export function syncTray<M>(options: TraySyncOptions<M>): () => void {
  const { tray, buildMenu, companion, actions, locale, now, onError = console.error } = options
  const call = async <N extends CallName>(name: N, input: CallInput<N>, what: string): Promise<boolean> => {
    try {
      const outcome = await companion.invoke(name, input)
      if (!outcome.ok) onError(`Could not ${what} from the tray: ${outcome.error.message}`)
      return outcome.ok
    } catch (error) {
      onError(`Could not ${what} from the tray: ${error instanceof Error ? error.message : String(error)}`)
      return false
    }
  }
  const trayActions: TrayActions = {
    openWindow: () => actions.openWindow(),
    quit: () => actions.quit(),
    logWater: (amountMl) => void call('logWater', { amountMl }, 'log water'),
    startRoutine: (routineId, atStep) => {
      const input = atStep === undefined ? { routineId } : { routineId, atStep }
      // Opened either way: someone who clicked a relief step needs Limber in front of them, player or not.
      void call('startRoutine', input, `start ${routineId}`).then((started) =>
        actions.openWindow(started ? 'player' : undefined)
      )
    },
    controlRoutine: (name) => void call(name, {}, 'steer the routine'),
    setWidgetEnabled: (enabled) =>
      void call('updateSettings', { widget: { enabled } }, enabled ? 'show the widget' : 'hide the widget'),
    snoozeReminder: (kind, minutes) => void call('snoozeReminders', { kind, minutes }, 'snooze the reminder'),
    pauseReminders: (until) => void call('pauseReminders', { until }, 'pause reminders'),
    resumeReminders: () => void call('resumeReminders', {}, 'turn reminders back on'),
    setDoNotDisturb: (on) => {
      // Read now, not when the menu was drawn, so a change made meanwhile in the window is kept.
      const reminders = { ...companion.state().settings.reminders, doNotDisturb: on }
      void call('updateSettings', { reminders }, 'change Do not disturb')
    },
    showWhenToSeeADoctor: () =>
      actions.showMessage(whenToSeeADoctorMessage(textLocale(companion.state().settings, locale))),
    logCramp: () => actions.openWindow('cramp')
  }
  const render = (state: ReturnType<typeof companion.state>): void => {
    const nowMs = now()
    const textIn = textLocale(state.settings, locale)
    tray.setToolTip(trayTooltip(state, textIn, nowMs))
    tray.setContextMenu(buildMenu(trayMenuTemplate(state, trayActions, textIn, nowMs)))
  }
  render(companion.state())
  return companion.onState(render)
}
