import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as FirstPaint from './first-paint'

/** A window like Chromium's: it reports paint entries to observers, here when the test says a frame was shown. */
class PaintReportingObserver {
  static readonly supportedEntryTypes = ['paint', 'mark']
  static readonly observers = new Set<PaintReportingObserver>()
  constructor(
    private readonly callback: (
      entries: { getEntriesByName(name: string): unknown[] },
      observer: PaintReportingObserver
    ) => void
  ) {}
  observe(options: { type: string }): void {
    expect(options.type).toBe('paint')
    PaintReportingObserver.observers.add(this)
  }
  disconnect(): void {
    PaintReportingObserver.observers.delete(this)
  }
  /** Chromium reports the first paint (anything, even a background) and then the first paint with content. */
  static shown(name: 'first-paint' | 'first-contentful-paint'): void {
    for (const observer of [...this.observers]) {
      observer.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }, observer)
    }
  }
}

const frames: FrameRequestCallback[] = []

async function freshFirstPaint(): Promise<typeof FirstPaint> {
  vi.resetModules()
  return import('./first-paint')
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  PaintReportingObserver.observers.clear()
  frames.length = 0
})

describe('the first painted frame', () => {
  it('in Chromium, is the first frame with content on screen, not the first frame the page ran', async () => {
    vi.stubGlobal('PerformanceObserver', PaintReportingObserver)
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    const { whenPainted, hasPainted } = await freshFirstPaint()
    const calls: string[] = []
    whenPainted(() => calls.push('drinks'))
    whenPainted(() => calls.push('event stream'))

    frames.splice(0).forEach((frame) => frame(0))
    await new Promise((resolve) => setTimeout(resolve, 5))
    PaintReportingObserver.shown('first-paint')
    expect(calls).toEqual([])
    expect(hasPainted()).toBe(false)

    PaintReportingObserver.shown('first-contentful-paint')
    expect(calls).toEqual(['drinks', 'event stream'])
    expect(hasPainted()).toBe(true)
    expect(PaintReportingObserver.observers.size).toBe(0)

    whenPainted(() => calls.push('later'))
    expect(calls).toEqual(['drinks', 'event stream', 'later'])
  })

  it('in a window that shows nothing (hidden), still comes half a second after it was first awaited', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('PerformanceObserver', PaintReportingObserver)
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    const { whenPainted } = await freshFirstPaint()
    const listener = vi.fn()
    whenPainted(listener)
    vi.advanceTimersByTime(499)
    expect(listener).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(listener).toHaveBeenCalledTimes(1)
    PaintReportingObserver.shown('first-contentful-paint')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('can be waited for and then not, with nothing called', async () => {
    vi.stubGlobal('PerformanceObserver', PaintReportingObserver)
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    const { whenPainted } = await freshFirstPaint()
    const listener = vi.fn()
    const cancel = whenPainted(listener)
    cancel()
    PaintReportingObserver.shown('first-contentful-paint')
    expect(listener).not.toHaveBeenCalled()
  })
})
