import { afterAll, describe, expect, it, vi } from 'vitest'
import { installFakeDom } from '../testing/fake-dom'

// A window whose frames this test paints by hand; the module reads it when it loads.
const container = installFakeDom()
const frames: FrameRequestCallback[] = []
globalThis.requestAnimationFrame = (callback) => frames.push(callback)
afterAll(() => {
  delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame
})
const { act } = await import('react')
const { createRoot } = await import('react-dom/client')
const { AfterFirstPaint } = await import('./after-first-paint')

const page = (
  <>
    <p>Water ring</p>
    <AfterFirstPaint>
      <p>Today’s drinks</p>
    </AfterFirstPaint>
  </>
)

describe('parts that wait for the first frame', () => {
  it('leaves them out of the first frame, shows them right after it, and at once on a later mount', async () => {
    const root = createRoot(container)
    await act(async () => root.render(page))
    expect(container.textContent).toBe('Water ring')

    // Nothing comes until the window paints a frame; the parts come in a task after it.
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)))
    expect(container.textContent).toBe('Water ring')
    expect(frames).toHaveLength(1)
    frames.splice(0).forEach((paint) => paint(0))
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)))
    expect(container.textContent).toBe('Water ring' + 'Today’s drinks')
    await act(async () => root.unmount())

    const later = createRoot(container)
    await act(async () => later.render(page))
    expect(container.textContent).toBe('Water ring' + 'Today’s drinks')
    expect(frames).toHaveLength(0)
    await act(async () => later.unmount())
  })

  it('still shows them in a window that paints no frame (hidden), a moment later', async () => {
    vi.resetModules()
    const fresh = {
      react: await import('react'),
      dom: await import('react-dom/client'),
      parts: await import('./after-first-paint')
    }
    const root = fresh.dom.createRoot(container)
    await fresh.react.act(async () =>
      root.render(
        <>
          <p>Water ring</p>
          <fresh.parts.AfterFirstPaint>
            <p>Today’s drinks</p>
          </fresh.parts.AfterFirstPaint>
        </>
      )
    )
    expect(container.textContent).toBe('Water ring')
    await fresh.react.act(() => new Promise((resolve) => setTimeout(resolve, 600)))
    expect(container.textContent).toBe('Water ring' + 'Today’s drinks')
    expect(frames).toHaveLength(1)
    await fresh.react.act(async () => root.unmount())
  })

  it('fetches the code of a lazy part only after the first frame, then renders it', async () => {
    vi.resetModules()
    frames.length = 0
    const fresh = {
      react: await import('react'),
      dom: await import('react-dom/client'),
      parts: await import('./after-first-paint')
    }
    let loads = 0
    function DrinkCount({ count }: { readonly count: number }) {
      return <p>{`${count} drinks`}</p>
    }
    const Drinks = fresh.parts.lazyAfterFirstPaint(async () => {
      loads += 1
      return DrinkCount
    })
    const root = fresh.dom.createRoot(container)
    await fresh.react.act(async () =>
      root.render(
        <>
          <p>Water ring</p>
          <Drinks count={3} />
        </>
      )
    )
    expect(container.textContent).toBe('Water ring')
    expect(loads).toBe(0)
    frames.splice(0).forEach((paint) => paint(0))
    await fresh.react.act(() => new Promise((resolve) => setTimeout(resolve, 5)))
    expect(loads).toBe(1)
    expect(container.textContent).toBe('Water ring' + '3 drinks')
    await fresh.react.act(async () => root.unmount())
  })
})
