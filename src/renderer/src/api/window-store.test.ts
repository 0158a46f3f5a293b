import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CompanionApi } from '../../../contract/contract'
import { installFakeDom } from '../testing/fake-dom'

/** A window whose frames the test paints by hand, with `companion` as the desktop preload would expose it. */
function freshWindow(companion?: CompanionApi): FrameRequestCallback[] {
  vi.resetModules()
  installFakeDom()
  const frames: FrameRequestCallback[] = []
  globalThis.requestAnimationFrame = (callback) => frames.push(callback)
  Object.assign(window, { companion })
  return frames
}

const paint = async (frames: FrameRequestCallback[]): Promise<void> => {
  frames.splice(0).forEach((frame) => frame(0))
  await new Promise((resolve) => setTimeout(resolve, 5))
}

afterEach(() => {
  vi.unstubAllGlobals()
  delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame
})

describe('when the window starts listening for pushed changes', () => {
  it('on the desktop, at once: the bridge forwards only what is sent after it listens', async () => {
    const subscribe = vi.fn(() => () => {})
    const frames = freshWindow({ call: () => new Promise(() => {}), subscribe } as unknown as CompanionApi)
    await import('./window-store')
    expect(subscribe).toHaveBeenCalledWith('stateChanged', expect.any(Function))
    await paint(frames)
    expect(subscribe).toHaveBeenCalledTimes(1)
  })

  it('in browser mode, after the first frame: the new stream starts with every slice, so nothing is missed', async () => {
    const streams: string[] = []
    vi.stubGlobal(
      'EventSource',
      class {
        constructor(url: string) {
          streams.push(url)
        }
        addEventListener(): void {}
        removeEventListener(): void {}
        close(): void {}
      }
    )
    vi.stubGlobal('fetch', () => new Promise(() => {}))
    const frames = freshWindow()
    await import('./window-store')
    expect(streams).toEqual([])
    await paint(frames)
    expect(streams).toEqual(['/api/events'])
  })
})
