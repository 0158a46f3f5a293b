import type { Bounds } from '../widget-position'
import type { WidgetWindowPort } from '../widget-window'
import { FakeWindow } from './fake-window'

/** A widget window: any number of listeners per event, and bounds a test can drag. */
export class FakeWidgetWindow extends FakeWindow implements WidgetWindowPort {
  readonly #handlers = new Map<string, (() => void)[]>()
  constructor(public bounds: Bounds) {
    super()
  }
  override on(event: string, listener: () => void) {
    this.#handlers.set(event, [...(this.#handlers.get(event) ?? []), listener])
  }
  override once(event: string, listener: () => void) {
    this.on(event, listener)
  }
  override emit(event: string) {
    for (const listener of this.#handlers.get(event) ?? []) listener()
  }
  showInactive = () => void this.calls.push('showInactive')
  setVisibleOnAllWorkspaces = (visible: boolean, options?: { visibleOnFullScreen?: boolean }) =>
    void this.calls.push(`setVisibleOnAllWorkspaces ${visible} fullScreen=${options?.visibleOnFullScreen ?? false}`)
  getBounds = () => this.bounds
  setBounds = (bounds: Bounds) => {
    this.calls.push(`setBounds ${bounds.x},${bounds.y}`)
    this.bounds = bounds
    this.emit('move')
  }
  /** The user drags the widget here. */
  dragTo(x: number, y: number) {
    this.bounds = { ...this.bounds, x, y }
    this.emit('move')
  }
}
