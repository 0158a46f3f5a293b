import type { BrowserWindowPort } from '../window-keeper'

/** A window that records what the keepers ask of it, in order, and can be closed or minimised by a test. */
export class FakeWindow implements BrowserWindowPort {
  readonly calls: string[] = []
  readonly #listeners = new Map<string, () => void>()
  destroyed = false
  minimized = false
  url = ''
  readonly webContents = { getURL: () => this.url }
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
  setAlwaysOnTop = (flag: boolean, level?: string) => void this.calls.push(`setAlwaysOnTop ${flag} ${level}`)
  loadURL = async (url: string) => {
    this.calls.push(`loadURL ${url}`)
    if (this.loadFails) throw new Error('ERR_CONNECTION_REFUSED')
    this.url = url
  }
  loadFile = async (path: string, options?: { hash?: string }) => {
    this.calls.push(options?.hash === undefined ? `loadFile ${path}` : `loadFile ${path} #${options.hash}`)
    this.url = `file://${path}${options?.hash === undefined ? '' : `#${options.hash}`}`
  }
}
