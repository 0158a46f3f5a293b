import { describe, expect, it } from 'vitest'
import { installFakeDom } from '../testing/fake-dom'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
const { act, lazy, Profiler, Suspense } = await import('react')
const { createRoot } = await import('react-dom/client')
const { PartAboveScreen } = await import('./part-above-screen')

/** A part whose code arrives when the test says, like a chunk fetched over the network. */
function partArrivingLater(): { readonly Part: ReturnType<typeof lazy>; readonly arrive: () => Promise<void> } {
  let arrive: () => void = () => {}
  const code = new Promise<{ default: () => string }>((resolve) => {
    arrive = () => resolve({ default: () => 'A reminder is waiting. ' })
  })
  return {
    Part: lazy(() => code),
    arrive: async () => {
      arrive()
      await act(async () => {
        await code
      })
    }
  }
}

/**
 * The window's content as app.tsx lays it out: one boundary around the parts above the screen and the screen.
 * `needed` undefined stands for a window without its state yet, which shows no screen (the state gate).
 * Each time the screen is committed, what the window showed then is written down.
 */
function windowContent(needed: boolean | undefined, Part: ReturnType<typeof lazy>, seen: string[]) {
  return (
    <Suspense fallback={null}>
      <PartAboveScreen needed={needed} Part={Part} />
      {needed !== undefined && (
        <Profiler id="screen" onRender={() => seen.push(container.textContent ?? '')}>
          <p>Today</p>
        </Profiler>
      )}
    </Suspense>
  )
}

describe('a part above the screen whose code loads when first needed', () => {
  it.each([
    ['when the page arrives with its state (browser mode)', [true]],
    ['once the desktop window’s state arrives, a moment after it opens', [undefined, true]]
  ] as const)('already needed %s, comes in the same frame as the screen', async (_when, neededOverTime) => {
    const { Part, arrive } = partArrivingLater()
    const seen: string[] = []
    const root = createRoot(container)
    for (const needed of neededOverTime) await act(async () => root.render(windowContent(needed, Part, seen)))
    expect(container.textContent).toBe('')
    await arrive()
    expect(seen).toEqual(['A reminder is waiting. Today'])
    await act(async () => root.unmount())
  })

  it('needed later, appears above the screen when its code is in, without hiding the screen meanwhile', async () => {
    const { Part, arrive } = partArrivingLater()
    const seen: string[] = []
    const root = createRoot(container)
    await act(async () => root.render(windowContent(false, Part, seen)))
    expect(container.textContent).toBe('Today')
    await act(async () => root.render(windowContent(true, Part, seen)))
    expect(container.textContent).toBe('Today')
    await arrive()
    expect(container.textContent).toBe('A reminder is waiting. Today')
    expect(seen.every((shown) => shown.endsWith('Today'))).toBe(true)
    await act(async () => root.unmount())
  })

  it('shows nothing while not needed', async () => {
    const { Part } = partArrivingLater()
    const root = createRoot(container)
    await act(async () => root.render(windowContent(false, Part, [])))
    expect(container.textContent).toBe('Today')
    await act(async () => root.unmount())
  })
})
