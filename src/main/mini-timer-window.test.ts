import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'
import { miniTimerKeeper, miniTimerWindowOptions, type MiniTimerWindowPort } from './mini-timer-window'
import { isAppUrl, rendererSource, type RendererSource } from './renderer-source'
import { FakeWindow } from './testing/fake-window'
import { mainWindowOptions } from './window-options'

// Compile-time proof that a real BrowserWindow fits the port the keeper drives.
const _windowFits = (window: BrowserWindow): MiniTimerWindowPort => window

const input = {
  preloadPath: '/app/out/preload/index.cjs',
  iconPath: '/app/resources/icon.png',
  theme: { shouldUseDarkColors: true }
}
const fileSource = rendererSource({}, false, '/app/out/renderer/index.html')
const devSource = rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, '/unused.html')

function keeper(source: RendererSource = fileSource) {
  const created: FakeWindow[] = []
  const errors: string[] = []
  const timers = miniTimerKeeper(
    () => {
      const window = new FakeWindow()
      created.push(window)
      return window
    },
    source,
    (message) => errors.push(message)
  )
  return { timers, created, errors }
}

describe('miniTimerWindowOptions', () => {
  it('is a small fixed-size window above the others, out of the taskbar, titled for what it is', () => {
    expect(miniTimerWindowOptions(input)).toMatchObject({
      title: 'Limber timer',
      width: 340,
      height: 240,
      resizable: false,
      minimizable: true,
      maximizable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      show: false
    })
  })

  it("locks its page down exactly like the main window's, with the same preload", () => {
    const { webPreferences } = miniTimerWindowOptions(input)
    expect(webPreferences).toEqual(mainWindowOptions(input).webPreferences)
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false
    })
  })

  it('paints the background of the current theme before the page loads', () => {
    expect(miniTimerWindowOptions(input).backgroundColor).toBe(mainWindowOptions(input).backgroundColor)
  })
})

describe('miniTimerKeeper', () => {
  it('opens the built page at #/mini, floating above other windows, and shows it once painted', () => {
    const { timers } = keeper()
    const window = timers.show()
    expect(window.calls).toEqual(['setAlwaysOnTop true floating', 'loadFile /app/out/renderer/index.html #/mini'])
    window.emit('ready-to-show')
    expect(window.calls.at(-1)).toBe('show')
  })

  it('opens the dev server at #/mini in dev', () => {
    expect(keeper(devSource).timers.show().calls).toContain('loadURL http://localhost:5173/#/mini')
  })

  it('lands on a URL the IPC sender check and the event push accept as the app', async () => {
    for (const source of [fileSource, devSource]) {
      const window = keeper(source).timers.show()
      await Promise.resolve()
      expect(window.webContents.getURL()).toMatch(/#\/mini$/)
      expect(isAppUrl(window.webContents.getURL(), source)).toBe(true)
    }
  })

  it('focuses the open timer instead of opening a second one', () => {
    const { timers, created } = keeper()
    const window = timers.show()
    window.minimized = true
    expect(timers.show()).toBe(window)
    expect(window.calls.slice(2)).toEqual(['restore', 'show', 'focus'])
    expect(created).toHaveLength(1)
  })

  it('forgets a closed timer and opens a fresh one next time', () => {
    const { timers, created } = keeper()
    timers.show().close()
    expect(timers.current()).toBeUndefined()
    const second = timers.show()
    expect(created).toHaveLength(2)
    expect(timers.current()).toBe(second)
  })

  it('reports a failed load instead of throwing', async () => {
    const errors: string[] = []
    miniTimerKeeper(
      () => new FakeWindow(true),
      devSource,
      (message) => errors.push(message)
    ).show()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(errors).toEqual(['Could not load the Limber timer: Error: ERR_CONNECTION_REFUSED'])
  })
})
