import type { RendererSource } from './renderer-source'

/** The part of a `BrowserWindow` the keeper drives. */
export interface BrowserWindowPort {
  once(event: 'ready-to-show', listener: () => void): unknown
  on(event: 'closed', listener: () => void): unknown
  isDestroyed(): boolean
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
  loadURL(url: string): Promise<void>
  loadFile(filePath: string): Promise<void>
}

/** Opens, reveals and forgets the single main window. */
export interface MainWindowKeeper<W> {
  /** Brings the window forward, creating it if it was closed (tray, second instance, dock). */
  show(): W
  /** The open window, if any. */
  current(): W | undefined
}

/**
 * Keeps at most one main window. Closing it destroys it (the app lives on in the tray) and the
 * next `show` builds a fresh one, so a closed window holds no memory while Limber runs for days.
 */
export function mainWindowKeeper<W extends BrowserWindowPort>(
  create: () => W,
  source: RendererSource,
  onLoadError: (message: string) => void = console.error
): MainWindowKeeper<W> {
  let window: W | undefined
  const open = (): W => {
    const created = create()
    // Shown only once painted, so it never flashes an empty frame.
    created.once('ready-to-show', () => created.show())
    created.on('closed', () => {
      if (window === created) window = undefined
    })
    const loading = source.kind === 'dev-server' ? created.loadURL(source.url) : created.loadFile(source.path)
    loading.catch((error: unknown) => onLoadError(`Could not load the Limber window: ${String(error)}`))
    return created
  }
  return {
    show: () => {
      if (!window || window.isDestroyed()) {
        window = open()
        return window
      }
      if (window.isMinimized()) window.restore()
      window.show()
      window.focus()
      return window
    },
    current: () => (window && !window.isDestroyed() ? window : undefined)
  }
}
