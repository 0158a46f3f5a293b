import type { RendererSource } from './renderer-source'
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
