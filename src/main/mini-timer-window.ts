import type { BrowserWindowConstructorOptions } from 'electron'
import type { RendererSource } from './renderer-source'
import { windowKeeper, type BrowserWindowPort, type WindowKeeper } from './window-keeper'
import { secureWebPreferences, windowBackgroundFor, type WindowOptionsInput } from './window-options'

/** The mini timer: small, above other windows, out of the taskbar, with the same locked-down page as the main window. */
export function miniTimerWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Limber timer',
    icon: input.iconPath,
    width: 340,
    height: 240,
    resizable: false,
    minimizable: true,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: windowBackgroundFor(input.theme),
    webPreferences: secureWebPreferences(input.preloadPath)
  }
}

/** The part of the mini timer's `BrowserWindow` its keeper drives. */
export interface MiniTimerWindowPort extends BrowserWindowPort {
  setAlwaysOnTop(flag: boolean, level?: 'floating'): void
}

/** Opens the mini timer, or brings the open one forward: there is never more than one. */
export type MiniTimerKeeper<W> = Pick<WindowKeeper<W>, 'current'> & {
  /** Opens the timer at `#/mini`, or focuses the one already open. */
  show(): W
}

/** Keeps at most one mini timer window; closing it destroys it. */
export function miniTimerKeeper<W extends MiniTimerWindowPort>(
  create: () => W,
  source: RendererSource,
  onLoadError: (message: string) => void = console.error
): MiniTimerKeeper<W> {
  const keeper = windowKeeper({
    create: () => {
      const window = create()
      // 'floating' keeps it above normal windows but under menus and the screen saver (macOS and Windows; Linux ignores the level).
      window.setAlwaysOnTop(true, 'floating')
      return window
    },
    source,
    homeRoute: 'mini',
    description: 'the Limber timer',
    onLoadError
  })
  return { show: () => keeper.show(), current: () => keeper.current() }
}
