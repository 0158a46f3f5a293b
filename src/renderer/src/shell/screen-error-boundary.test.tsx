import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFakeDom } from '../testing/fake-dom'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
const { act, lazy, Suspense } = await import('react')
const { createRoot } = await import('react-dom/client')
await import('../i18n/i18n')
const { ScreenErrorBoundary } = await import('./screen-error-boundary')

function BrokenScreen(): never {
  throw new TypeError('cannot read the week')
}

const Today = () => <p>Today</p>

beforeEach(() => {
  // React and the boundary report the error on the console; the test reads what the window shows instead.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('a screen that cannot be shown', () => {
  it('is replaced by a message with Reload, and what is outside the boundary stays', async () => {
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <>
          <nav>Navigation </nav>
          <ScreenErrorBoundary screenKey="history/">
            <BrokenScreen />
          </ScreenErrorBoundary>
        </>
      )
    )
    expect(container.textContent).toBe(
      'Navigation ' +
        'This screen could not be shown' +
        'Something went wrong while opening it. Your journal and settings are safe: Limber keeps them, not this window. Reload the window to try again.' +
        'Reload'
    )
    expect(console.error).toHaveBeenCalledWith(
      'Limber could not show this screen',
      expect.objectContaining({ message: 'cannot read the week' }),
      expect.any(String)
    )
    await act(async () => root.unmount())
  })

  it('whose code could not be fetched shows the same message', async () => {
    const Unfetchable = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <ScreenErrorBoundary screenKey="history/">
          <Suspense fallback={<p>Loading…</p>}>
            <Unfetchable />
          </Suspense>
        </ScreenErrorBoundary>
      )
    )
    expect(container.textContent).toContain('This screen could not be shown')
    await act(async () => root.unmount())
  })

  it('is tried again when another screen is opened', async () => {
    const root = createRoot(container)
    const show = (screenKey: string, screen: ReactNode) =>
      act(async () => root.render(<ScreenErrorBoundary screenKey={screenKey}>{screen}</ScreenErrorBoundary>))
    await show('history/', <BrokenScreen />)
    expect(container.textContent).toContain('This screen could not be shown')
    // Still the same screen: the message stays.
    await show('history/', <Today />)
    expect(container.textContent).toContain('This screen could not be shown')
    await show('today/', <Today />)
    expect(container.textContent).toBe('Today')
    await act(async () => root.unmount())
  })
})
