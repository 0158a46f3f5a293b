import type { AppRoute, RendererSource } from './renderer-source'
import { windowKeeper, type BrowserWindowPort, type WindowKeeper } from './window-keeper'

export type { BrowserWindowPort } from './window-keeper'

/** Opens, reveals and forgets the single main window; `show('player')` brings it up at the routine player. */
export type MainWindowKeeper<W> = WindowKeeper<W>

/** Keeps at most one main window, opened at the home screen unless a route is asked for. */
export function mainWindowKeeper<W extends BrowserWindowPort>(
  create: () => W,
  source: RendererSource,
  onLoadError: (message: string) => void = console.error
): MainWindowKeeper<W> {
  return windowKeeper({ create, source, description: 'the Limber window', onLoadError })
}

/** The screens a clicked reminder notification asks the shell to show. */
export type NotificationScreen = 'today' | 'player' | 'reminders'

const notificationRoutes: Record<NotificationScreen, AppRoute> = {
  // Named, not left to the window: one already open on Settings must still come up at Today.
  today: 'today',
  player: 'player',
  reminders: 'reminders'
}

/** The route the main window opens at for a clicked notification. */
export function routeForNotification(screen: NotificationScreen): AppRoute {
  return notificationRoutes[screen]
}
