import { isAtRoute, loadAppPage, type AppRoute, type PageLoaderPort, type RendererSource } from './renderer-source'

/** The part of a `BrowserWindow` a keeper drives. */
export interface BrowserWindowPort extends PageLoaderPort {
  once(event: 'ready-to-show', listener: () => void): unknown
  on(event: 'closed', listener: () => void): unknown
  isDestroyed(): boolean
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
  readonly webContents: { getURL(): string }
}

/** Opens, reveals and forgets one window. */
export interface WindowKeeper<W> {
  /** Brings the window forward at `route` (or where it is), creating it if it was closed. */
  show(route?: AppRoute): W
  /** The open window, if any. */
  current(): W | undefined
}

/** What a keeper needs: how to build its window, where the page comes from, and how to report a failed load. */
export interface WindowKeeperOptions<W> {
  readonly create: () => W
  readonly source: RendererSource
  /** The route a fresh window opens at when `show` names none (the home screen when absent). */
  readonly homeRoute?: AppRoute
  /** Names the window in error messages ("the Limber window"). */
  readonly description: string
  readonly onLoadError?: (message: string) => void
}

/**
 * Keeps at most one window of a kind. Closing it destroys it (the app lives on in the tray) and the
 * next `show` builds a fresh one, so a closed window holds no memory while Limber runs for days.
 */
export function windowKeeper<W extends BrowserWindowPort>(options: WindowKeeperOptions<W>): WindowKeeper<W> {
  const { create, source, homeRoute, description, onLoadError = console.error } = options
  let window: W | undefined
  let latestLoad = 0
  const load = (target: W, route: AppRoute | undefined): void => {
    const thisLoad = ++latestLoad
    loadAppPage(target, source, route).catch((error: unknown) => {
      // A load cut short by a newer one (a tray click while the window was still opening) is no failure.
      if (thisLoad === latestLoad && window === target) onLoadError(`Could not load ${description}: ${String(error)}`)
    })
  }
  const open = (route: AppRoute | undefined): W => {
    const created = create()
    // Shown only once painted, so it never flashes an empty frame.
    created.once('ready-to-show', () => created.show())
    created.on('closed', () => {
      if (window === created) window = undefined
    })
    load(created, route ?? homeRoute)
    return created
  }
  return {
    show: (route) => {
      if (!window || window.isDestroyed()) {
        window = open(route)
        return window
      }
      // Same page, new hash: an in-page navigation the renderer's router follows, not a reload.
      if (route !== undefined && !isAtRoute(window.webContents.getURL(), route)) load(window, route)
      if (window.isMinimized()) window.restore()
      window.show()
      window.focus()
      return window
    },
    current: () => (window && !window.isDestroyed() ? window : undefined)
  }
}
