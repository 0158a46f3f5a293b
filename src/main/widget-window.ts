import type { BrowserWindowConstructorOptions } from 'electron'
import type { AppState } from '../contract/state'
import type { Companion } from '../service/companion'
import { loadAppPage, type PageLoaderPort, type RendererSource } from './renderer-source'
import {
  clampToWorkArea,
  displayOf,
  noSavedPlacement,
  placeWidget,
  rememberPosition,
  savedPlacementFrom,
  type Bounds,
  type DisplayArea,
  type SavedPlacement
} from './widget-position'
import { secureWebPreferences, windowBackgroundFor, type WindowOptionsInput } from './window-options'

/** The widget's fixed size: a watch face's worth of room for the ring, the next reminder and two buttons. */
export const widgetSize = { width: 240, height: 280 } as const

/** The widget: small, frameless, above other windows, out of the taskbar, with the same locked-down page as the main window. */
export function widgetWindowOptions(input: WindowOptionsInput, bounds?: Bounds): BrowserWindowConstructorOptions {
  return {
    title: 'Limber widget',
    icon: input.iconPath,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    ...widgetSize,
    frame: false,
    // Opaque: transparent windows lose their shadow and click-through behaves differently on every platform.
    transparent: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    show: false,
    backgroundColor: windowBackgroundFor(input.theme),
    webPreferences: secureWebPreferences(input.preloadPath)
  }
}

/** The part of the widget's `BrowserWindow` the keeper drives. */
export interface WidgetWindowPort extends PageLoaderPort {
  once(event: 'ready-to-show', listener: () => void): unknown
  on(event: 'closed', listener: () => void): unknown
  on(event: 'move', listener: () => void): unknown
  /** Windows only: the person is logging off or shutting down, and every window is about to close. */
  on(event: 'session-end', listener: () => void): unknown
  isDestroyed(): boolean
  showInactive(): void
  close(): void
  setAlwaysOnTop(flag: boolean, level?: 'floating'): void
  /** macOS: on every Space (desktop), full-screen ones included; elsewhere Electron ignores it. */
  setVisibleOnAllWorkspaces(visible: boolean, options?: { visibleOnFullScreen?: boolean }): void
  getBounds(): Bounds
  setBounds(bounds: Bounds): void
}

/** The part of Electron's `screen` the widget needs: the displays, and word when they change. */
export interface WidgetScreenPort {
  getAllDisplays(): readonly { readonly id: number; readonly workArea: Bounds }[]
  getPrimaryDisplay(): { readonly id: number }
  on(event: 'display-added', listener: () => void): unknown
  on(event: 'display-removed', listener: () => void): unknown
  on(event: 'display-metrics-changed', listener: () => void): unknown
}

/** Where the remembered placement lives (a small electron-store file in the app's data folder). */
export interface PlacementStore {
  /** The stored value as read from disk; checked before use. */
  get(): unknown
  set(placement: SavedPlacement): void
}

/** What showing the widget needs; the window and the screen stay parameters so this runs without Electron. */
export interface WidgetOptions<W> {
  /** Builds the window at these bounds (use `widgetWindowOptions`). */
  readonly create: (bounds: Bounds) => W
  readonly source: RendererSource
  readonly screen: WidgetScreenPort
  readonly store: PlacementStore
  readonly companion: Pick<Companion, 'state' | 'invoke' | 'onState'>
  /** True once the app is quitting: windows closing then must not switch the widget off. */
  readonly isQuitting: () => boolean
  /** How long the widget must stay put before its spot is saved (a drag sends many moves). */
  readonly saveDelayMs?: number
  readonly onError?: (message: string) => void
}

/** The widget window as the rest of the shell sees it. */
export interface WidgetKeeper<W> {
  /** The open widget, if any. */
  current(): W | undefined
  /** Stops following the setting and the displays (the window stays as it is). */
  stop(): void
}

const sameBounds = (a: Bounds, b: Bounds): boolean =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

/**
 * Shows the widget while `settings.widget.enabled` is on and closes it when it goes off; closing the widget
 * any other way (the window manager, Alt+F4) turns the setting off. Puts it where it was on its display,
 * saves where it is dragged, and keeps it inside the visible screen area as displays come, go or change.
 */
export function syncWidget<W extends WidgetWindowPort>(options: WidgetOptions<W>): WidgetKeeper<W> {
  const { create, source, screen, store, companion, isQuitting, saveDelayMs = 500, onError = console.error } = options
  let window: W | undefined
  // The bounds Limber itself last gave the window: a move to them is ours, not the user's, and is not saved.
  let placed: Bounds | undefined
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  const displays = (): DisplayArea[] =>
    screen.getAllDisplays().map((display) => ({ id: String(display.id), workArea: display.workArea }))
  const primaryId = (): string => String(screen.getPrimaryDisplay().id)
  const saved = (): SavedPlacement => {
    try {
      return savedPlacementFrom(store.get())
    } catch {
      return noSavedPlacement
    }
  }
  const moveTo = (target: W, bounds: Bounds): void => {
    placed = bounds
    target.setBounds(bounds)
  }

  const save = (target: W): void => {
    if (target.isDestroyed()) return
    const bounds = target.getBounds()
    if (placed && sameBounds(bounds, placed)) return
    const display = displayOf(bounds, displays(), primaryId())
    if (!display) return
    try {
      store.set(rememberPosition(saved(), display, bounds))
    } catch (error) {
      onError(`Could not remember where the widget is: ${String(error)}`)
    }
    // Dragged partly off the screen: pulled back in, so both buttons stay within reach.
    const inside = clampToWorkArea(bounds, display.workArea)
    if (!sameBounds(inside, bounds)) moveTo(target, inside)
  }

  const setEnabled = (enabled: boolean, why: string): void => {
    companion.invoke('updateSettings', { widget: { enabled } }).then(
      (outcome) => {
        if (!outcome.ok) onError(`Could not ${why}: ${outcome.error.message}`)
      },
      (error: unknown) => onError(`Could not ${why}: ${String(error)}`)
    )
  }

  const open = (): W => {
    const bounds = placeWidget(saved(), displays(), primaryId(), widgetSize)
    const created = create(bounds)
    placed = bounds
    // 'floating' keeps it above normal windows but under menus and the screen saver (macOS and Windows; Linux ignores the level).
    created.setAlwaysOnTop(true, 'floating')
    // A watch face follows the person from desktop to desktop instead of staying behind on one Space.
    created.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })
    // A Windows log-off closes every window without 'before-quit': that is not the person turning the widget off.
    let sessionEnding = false
    created.on('session-end', () => {
      sessionEnding = true
    })
    // Shown without taking focus: turning the widget on from the window should leave the person typing there.
    created.once('ready-to-show', () => created.showInactive())
    created.on('move', () => {
      clearTimeout(saveTimer)
      saveTimer = setTimeout(() => save(created), saveDelayMs)
    })
    created.on('closed', () => {
      clearTimeout(saveTimer)
      if (window !== created) return
      window = undefined
      if (!isQuitting() && !sessionEnding && companion.state().settings.widget.enabled) {
        setEnabled(false, 'turn the widget off')
      }
    })
    loadAppPage(created, source, 'widget').catch((error: unknown) => {
      if (window === created) onError(`Could not load the Limber widget: ${String(error)}`)
    })
    return created
  }

  const follow = (state: AppState): void => {
    if (stopped) return
    const enabled = state.settings.widget.enabled
    if (enabled && (!window || window.isDestroyed())) window = open()
    if (!enabled && window) {
      // Forgotten first, so its 'closed' reads as ours and leaves the setting alone.
      const closing = window
      window = undefined
      if (!closing.isDestroyed()) closing.close()
    }
  }

  const replace = (): void => {
    if (stopped || !window || window.isDestroyed()) return
    const bounds = placeWidget(saved(), displays(), primaryId(), widgetSize)
    if (!sameBounds(bounds, window.getBounds())) moveTo(window, bounds)
  }

  follow(companion.state())
  const unsubscribe = companion.onState(follow)
  // A display unplugged, rearranged or set to another resolution: back to the remembered spot, clamped inside.
  screen.on('display-added', replace)
  screen.on('display-removed', replace)
  screen.on('display-metrics-changed', replace)

  return {
    current: () => (window && !window.isDestroyed() ? window : undefined),
    stop: () => {
      stopped = true
      clearTimeout(saveTimer)
      unsubscribe()
    }
  }
}
