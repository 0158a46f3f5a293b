import type { MenuItemConstructorOptions } from 'electron'
import type { Companion } from '../service/companion'
import { trayMenuTemplate, trayTooltip, type TrayActions } from './tray-menu'

/** What keeping the tray current needs; `Menu` stays a parameter so this runs without Electron. */
export interface TraySyncOptions<M> {
  readonly tray: { setToolTip(text: string): void; setContextMenu(menu: M): void }
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => M
  readonly companion: Pick<Companion, 'state' | 'invoke' | 'on'>
  readonly actions: Pick<TrayActions, 'openWindow' | 'quit'>
  readonly locale: string
  readonly onError?: (message: string) => void
}

/**
 * Shows the companion's state in the tray now and again on every `stateChanged`, with no timer:
 * the service pushes every change, including drinks logged from the window or the tray itself.
 */
export function syncTray<M>(options: TraySyncOptions<M>): () => void {
  const { tray, buildMenu, companion, actions, locale, onError = console.error } = options
  const trayActions: TrayActions = {
    ...actions,
    logWater: (amountMl) => {
      void companion.invoke('logWater', { amountMl }).then((outcome) => {
        if (!outcome.ok) onError(`Could not log water from the tray: ${outcome.error.message}`)
      })
    }
  }
  const render = (state: ReturnType<typeof companion.state>): void => {
    tray.setToolTip(trayTooltip(state, locale))
    tray.setContextMenu(buildMenu(trayMenuTemplate(state, trayActions, locale)))
  }
  render(companion.state())
  return companion.on('stateChanged', render)
}
