import type { BrowserWindow, Screen } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { companionIn, tempDataDir } from '../service/testing/temp-companion'
import { rendererSource } from './renderer-source'
import { FakeWidgetWindow } from './testing/fake-widget-window'
import { WIDGET_MARGIN_PX, type Bounds, type SavedPlacement } from './widget-position'
import {
  syncWidget,
  widgetSize,
  widgetWindowOptions,
  type WidgetScreenPort,
  type WidgetWindowPort
} from './widget-window'
import { mainWindowOptions } from './window-options'

// Compile-time proof that Electron's window and screen fit the ports the widget drives.
const _windowFits = (window: BrowserWindow): WidgetWindowPort => window
const _screenFits = (screen: Screen): WidgetScreenPort => screen

const input = {
  preloadPath: '/app/out/preload/index.cjs',
  iconPath: '/app/resources/icon.png',
  theme: { shouldUseDarkColors: false }
}
const source = rendererSource({}, false, '/app/out/renderer/index.html')
const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const monitor = { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1440 } }
const corner: Bounds = { x: 1920 - 240 - WIDGET_MARGIN_PX, y: WIDGET_MARGIN_PX, ...widgetSize }
const SAVE_DELAY_MS = 500

function fakeScreen(displays = [laptop, monitor]) {
  const handlers = new Map<string, () => void>()
  const screen = {
    displays,
    getAllDisplays: () => screen.displays,
    getPrimaryDisplay: () => laptop,
    on: (event: string, listener: () => void) => void handlers.set(event, listener),
    /** Plugs, unplugs or reconfigures displays, and tells the listeners as Electron would. */
    change(event: 'display-added' | 'display-removed' | 'display-metrics-changed', next: typeof displays) {
      screen.displays = next
      handlers.get(event)?.()
    }
  }
  return screen
}

function start(options: { enabled?: boolean; quitting?: boolean; saved?: SavedPlacement } = {}) {
  const companion = companionIn(tempDataDir())
  if (options.enabled) void companion.invoke('updateSettings', { widget: { enabled: true } })
  const created: FakeWidgetWindow[] = []
  const errors: string[] = []
  const store = { value: options.saved as unknown, get: () => store.value, set: (v: unknown) => (store.value = v) }
  const screen = fakeScreen()
  const widget = syncWidget({
    create: (bounds) => {
      const window = new FakeWidgetWindow(bounds)
      created.push(window)
      return window
    },
    source,
    screen,
    store,
    companion,
    isQuitting: () => options.quitting ?? false,
    saveDelayMs: SAVE_DELAY_MS,
    onError: (message) => errors.push(message)
  })
  const turn = (enabled: boolean) => companion.invoke('updateSettings', { widget: { enabled } })
  return { companion, created, errors, store, screen, widget, turn }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('widgetWindowOptions', () => {
  it('is a small frameless window above the others, out of the taskbar, that cannot be resized', () => {
    expect(widgetWindowOptions(input)).toMatchObject({
      title: 'Limber widget',
      width: 240,
      height: 280,
      frame: false,
      transparent: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      show: false
    })
  })

  it("locks its page down exactly like the main window's, and paints the theme's background", () => {
    const options = widgetWindowOptions(input)
    expect(options.webPreferences).toEqual(mainWindowOptions(input).webPreferences)
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(options.backgroundColor).toBe(mainWindowOptions(input).backgroundColor)
  })

  it('opens where it is placed, at its fixed size', () => {
    expect(widgetWindowOptions(input, { x: 40, y: 50, width: 999, height: 999 })).toMatchObject({
      x: 40,
      y: 50,
      width: 240,
      height: 280
    })
  })
})

describe('syncWidget', () => {
  it('stays closed while the setting is off, and opens on top of every window and desktop when it is turned on', async () => {
    const { created, widget, turn } = start()
    expect(created).toHaveLength(0)
    await turn(true)
    const window = widget.current()
    expect(window?.bounds).toEqual(corner)
    expect(window?.calls).toEqual([
      'setAlwaysOnTop true floating',
      'setVisibleOnAllWorkspaces true fullScreen=true',
      'loadFile /app/out/renderer/index.html #/widget'
    ])
    // Shown without taking focus from the window the person turned it on in.
    window?.emit('ready-to-show')
    expect(window?.calls.at(-1)).toBe('showInactive')
  })

  it('opens at start-up when it was left on', async () => {
    const companion = companionIn(tempDataDir())
    await companion.invoke('updateSettings', { widget: { enabled: true } })
    const widget = syncWidget({
      create: (bounds) => new FakeWidgetWindow(bounds),
      source,
      screen: fakeScreen(),
      store: { get: () => undefined, set: () => {} },
      companion,
      isQuitting: () => false
    })
    expect(widget.current()).toBeDefined()
  })

  it('closes when the setting is turned off, and opens a fresh one when it is turned back on', async () => {
    const { created, widget, turn, companion } = start({ enabled: true })
    await vi.waitFor(() => expect(widget.current()).toBeDefined())
    await turn(false)
    expect(created[0]?.destroyed).toBe(true)
    expect(widget.current()).toBeUndefined()
    expect(companion.state().settings.widget.enabled).toBe(false)
    await turn(true)
    expect(created).toHaveLength(2)
    expect(widget.current()).toBe(created[1])
  })

  it('turns the setting off when the person closes the widget some other way', async () => {
    const { widget, turn, companion } = start()
    await turn(true)
    ;(widget.current() as FakeWidgetWindow).close()
    await vi.waitFor(() => expect(companion.state().settings.widget.enabled).toBe(false))
    expect(widget.current()).toBeUndefined()
  })

  it('leaves the setting on when the widget closes because Limber is quitting', async () => {
    const { widget, turn, companion } = start({ quitting: true })
    await turn(true)
    ;(widget.current() as FakeWidgetWindow).close()
    await Promise.resolve()
    expect(companion.state().settings.widget.enabled).toBe(true)
  })

  it('leaves the setting on when Windows closes it for a log-off or shutdown', async () => {
    const { widget, turn, companion } = start()
    await turn(true)
    const window = widget.current() as FakeWidgetWindow
    window.emit('session-end')
    window.close()
    await Promise.resolve()
    expect(companion.state().settings.widget.enabled).toBe(true)
  })

  it('saves where it is dragged once it stays put, per display, and opens there next time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { widget, turn, store } = start()
    await turn(true)
    const window = widget.current() as FakeWidgetWindow
    window.dragTo(1000, 400)
    window.dragTo(2100, 500)
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(store.value).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(store.value).toEqual({ lastDisplayId: '2', offsets: { '2': { leftPx: 180, topPx: 500 } } })

    await turn(false)
    await turn(true)
    expect(widget.current()?.bounds).toEqual({ x: 2100, y: 500, ...widgetSize })
  })

  it('pulls a widget dragged partly off the screen back inside', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { widget, turn, store } = start()
    await turn(true)
    const window = widget.current() as FakeWidgetWindow
    window.dragTo(-100, 900)
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(window.bounds).toEqual({ x: 0, y: 1040 - 280, ...widgetSize })
    expect(store.value).toEqual({ lastDisplayId: '1', offsets: { '1': { leftPx: 0, topPx: 760 } } })
  })

  it('moves onto the primary display when its display is unplugged, and back when it returns', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const saved = { lastDisplayId: '2', offsets: { '2': { leftPx: 100, topPx: 100 } } }
    const { widget, turn, store, screen } = start({ saved })
    await turn(true)
    const window = widget.current() as FakeWidgetWindow
    expect(window.bounds).toEqual({ x: 2020, y: 100, ...widgetSize })

    screen.change('display-removed', [laptop])
    expect(window.bounds).toEqual(corner)
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    // Limber's own move is not the person's choice: the monitor stays the widget's home.
    expect(store.value).toEqual(saved)

    screen.change('display-added', [laptop, monitor])
    expect(window.bounds).toEqual({ x: 2020, y: 100, ...widgetSize })
  })

  it('stays inside the screen when a display changes resolution', async () => {
    const saved = { lastDisplayId: '1', offsets: { '1': { leftPx: 1600, topPx: 700 } } }
    const { widget, turn, screen } = start({ saved })
    await turn(true)
    const window = widget.current() as FakeWidgetWindow
    const smaller = { id: 1, workArea: { x: 0, y: 0, width: 1280, height: 680 } }
    screen.change('display-metrics-changed', [smaller, monitor])
    expect(window.bounds).toEqual({ x: 1280 - 240, y: 680 - 280, ...widgetSize })
  })

  it('reports a page that fails to load instead of throwing', async () => {
    const companion = companionIn(tempDataDir())
    await companion.invoke('updateSettings', { widget: { enabled: true } })
    const errors: string[] = []
    syncWidget({
      create: () => Object.assign(new FakeWidgetWindow(corner), { loadFile: () => Promise.reject(new Error('gone')) }),
      source,
      screen: fakeScreen(),
      store: { get: () => undefined, set: () => {} },
      companion,
      isQuitting: () => false,
      onError: (message) => errors.push(message)
    })
    await vi.waitFor(() => expect(errors).toEqual(['Could not load the Limber widget: Error: gone']))
  })

  it('no longer follows the setting once stopped', async () => {
    const { created, widget, turn } = start()
    widget.stop()
    await turn(true)
    expect(created).toHaveLength(0)
  })
})
