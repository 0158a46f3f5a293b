import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'
import { mainWindowKeeper, routeForNotification, type BrowserWindowPort } from './main-window'
import type { RendererSource } from './renderer-source'
import { FakeWindow } from './testing/fake-window'

// Compile-time proof that a real BrowserWindow fits the port the keeper drives.
const _windowFits = (window: BrowserWindow): BrowserWindowPort => window

const fileSource: RendererSource = {
  kind: 'file',
  path: '/app/out/renderer/index.html',
  url: 'file:///app/out/renderer/index.html'
}
const devSource: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' }

function keeper(source = fileSource, loadFails = false) {
  const created: FakeWindow[] = []
  const errors: string[] = []
  const windows = mainWindowKeeper(
    () => {
      const window = new FakeWindow(loadFails)
      created.push(window)
      return window
    },
    source,
    (message) => errors.push(message)
  )
  return { windows, created, errors }
}

describe('mainWindowKeeper', () => {
  it('loads the built page from its file and shows the window only once it is ready', () => {
    const { windows, created } = keeper()
    const window = windows.show()
    expect(window.calls).toEqual(['loadFile /app/out/renderer/index.html'])
    window.emit('ready-to-show')
    expect(window.calls).toContain('show')
    expect(created).toHaveLength(1)
  })

  it('loads the dev server URL in dev, and reports a failed load instead of throwing', async () => {
    const { windows, errors } = keeper(devSource, true)
    expect(windows.show().calls).toEqual(['loadURL http://localhost:5173/'])
    await Promise.resolve()
    await Promise.resolve()
    expect(errors).toEqual(['Could not load the Limber window: Error: ERR_CONNECTION_REFUSED'])
  })

  it('brings the open window forward instead of opening a second one', () => {
    const { windows, created } = keeper()
    const window = windows.show()
    window.minimized = true
    expect(windows.show()).toBe(window)
    expect(window.calls.slice(1)).toEqual(['restore', 'show', 'focus'])
    expect(created).toHaveLength(1)
  })

  it('forgets a closed window and opens a fresh one next time', () => {
    const { windows, created } = keeper()
    const first = windows.show()
    first.close()
    expect(windows.current()).toBeUndefined()
    const second = windows.show()
    expect(second).not.toBe(first)
    expect(created).toHaveLength(2)
    expect(windows.current()).toBe(second)
  })

  it('opens at the routine player when asked to, on the built page and on the dev server', () => {
    expect(keeper().windows.show('player').calls).toEqual(['loadFile /app/out/renderer/index.html #/player'])
    expect(keeper(devSource).windows.show('player').calls).toEqual(['loadURL http://localhost:5173/#/player'])
  })

  it('moves an open window to the player by its hash, then brings it forward', async () => {
    const { windows, created } = keeper()
    const window = windows.show()
    await Promise.resolve()
    windows.show('player')
    expect(window.calls).toEqual([
      'loadFile /app/out/renderer/index.html',
      'loadFile /app/out/renderer/index.html #/player',
      'show',
      'focus'
    ])
    expect(created).toHaveLength(1)
  })

  it('leaves a window already at the player where it is, so the page is not loaded again', async () => {
    const { windows } = keeper()
    const window = windows.show('player')
    await Promise.resolve()
    windows.show('player')
    expect(window.calls).toEqual(['loadFile /app/out/renderer/index.html #/player', 'show', 'focus'])
  })

  it('reports no failure for a first load cut short by a move to the player, but does report the last one', async () => {
    const pending: ((error: Error) => void)[] = []
    const errors: string[] = []
    const windows = mainWindowKeeper(
      () => {
        const window = new FakeWindow()
        window.loadURL = () => new Promise<void>((_resolve, reject) => void pending.push(reject))
        return window
      },
      devSource,
      (message) => errors.push(message)
    )
    windows.show()
    windows.show('player')
    pending[0]?.(new Error('ERR_ABORTED (-3)'))
    pending[1]?.(new Error('ERR_CONNECTION_REFUSED'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(errors).toEqual(['Could not load the Limber window: Error: ERR_CONNECTION_REFUSED'])
  })
})

describe('routeForNotification', () => {
  it('opens a clicked notification at Today, the player or the reminders screen', () => {
    const { windows } = keeper()
    expect(windows.show(routeForNotification('reminders')).calls).toEqual([
      'loadFile /app/out/renderer/index.html #/reminders'
    ])
    expect(routeForNotification('player')).toBe('player')
  })

  it('brings a window open on another screen back to Today, rather than leaving it where it is', async () => {
    const { windows } = keeper()
    const window = windows.show('player')
    await Promise.resolve()
    windows.show(routeForNotification('today'))
    expect(window.calls).toEqual([
      'loadFile /app/out/renderer/index.html #/player',
      'loadFile /app/out/renderer/index.html #/today',
      'show',
      'focus'
    ])
  })
})
