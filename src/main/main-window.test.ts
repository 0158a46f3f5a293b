import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'
import { mainWindowKeeper, type BrowserWindowPort } from './main-window'
import type { RendererSource } from './renderer-source'

// Compile-time proof that a real BrowserWindow fits the port the keeper drives.
const _windowFits = (window: BrowserWindow): BrowserWindowPort => window

const fileSource: RendererSource = {
  kind: 'file',
  path: '/app/out/renderer/index.html',
  url: 'file:///app/out/renderer/index.html'
}
const devSource: RendererSource = { kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' }

class FakeWindow implements BrowserWindowPort {
  readonly calls: string[] = []
  readonly #listeners = new Map<string, () => void>()
  destroyed = false
  minimized = false
  constructor(readonly loadFails = false) {}
  once(event: string, listener: () => void) {
    this.#listeners.set(event, listener)
  }
  on(event: string, listener: () => void) {
    this.#listeners.set(event, listener)
  }
  emit(event: string) {
    this.#listeners.get(event)?.()
  }
  close() {
    this.destroyed = true
    this.emit('closed')
  }
  isDestroyed = () => this.destroyed
  isMinimized = () => this.minimized
  restore = () => void this.calls.push('restore')
  show = () => void this.calls.push('show')
  focus = () => void this.calls.push('focus')
  loadURL = async (url: string) => {
    this.calls.push(`loadURL ${url}`)
    if (this.loadFails) throw new Error('ERR_CONNECTION_REFUSED')
  }
  loadFile = async (path: string) => void this.calls.push(`loadFile ${path}`)
}

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
})
