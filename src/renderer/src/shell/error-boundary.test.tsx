import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFakeDom } from '../testing/fake-dom'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
const { act, lazy, Suspense } = await import('react')
const { createRoot } = await import('react-dom/client')
await import('../i18n/i18n')
const { ErrorBoundary } = await import('./error-boundary')
const { setWindowLanguage } = await import('../i18n/i18n')

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
          <ErrorBoundary part="screen" resetKey="history/">
            <BrokenScreen />
          </ErrorBoundary>
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
        <ErrorBoundary part="screen" resetKey="history/">
          <Suspense fallback={<p>Loading…</p>}>
            <Unfetchable />
          </Suspense>
        </ErrorBoundary>
      )
    )
    expect(container.textContent).toContain('This screen could not be shown')
    await act(async () => root.unmount())
  })

  it('is tried again when another screen is opened', async () => {
    const root = createRoot(container)
    const show = (screenKey: string, screen: ReactNode) =>
      act(async () =>
        root.render(
          <ErrorBoundary part="screen" resetKey={screenKey}>
            {screen}
          </ErrorBoundary>
        )
      )
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

function BrokenHeader(): never {
  throw new TypeError('cannot read the language')
}

describe('the window, when what is outside the open screen fails', () => {
  afterEach(() => setWindowLanguage('en'))

  it('shows a message for the whole window with Reload, in place of everything in it', async () => {
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <ErrorBoundary part="window">
          <header>
            <BrokenHeader />
          </header>
          <ErrorBoundary part="screen" resetKey="today/">
            <Today />
          </ErrorBoundary>
        </ErrorBoundary>
      )
    )
    // The message takes the window's place as its main landmark (the skip link and focus handling look for #main).
    const main = container.firstChild as unknown as Element
    expect([main.localName, main.getAttribute('id'), container.childNodes.length]).toEqual(['main', 'main', 1])
    expect(container.textContent).toBe(
      'Limber could not show this window' +
        'Something went wrong while drawing it. Your journal, settings and reminders are safe: Limber keeps them, not this window. Reload the window to carry on.' +
        'Reload'
    )
    expect(console.error).toHaveBeenCalledWith(
      'Limber could not show its window',
      expect.objectContaining({ message: 'cannot read the language' }),
      expect.any(String)
    )
    await act(async () => root.unmount())
  })

  it('leaves a failing screen to the message of its own', async () => {
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <ErrorBoundary part="window">
          <nav>Navigation </nav>
          <ErrorBoundary part="screen" resetKey="history/">
            <BrokenScreen />
          </ErrorBoundary>
        </ErrorBoundary>
      )
    )
    expect(container.textContent).toContain('Navigation This screen could not be shown')
    expect(container.textContent).not.toContain('Limber could not show this window')
    await act(async () => root.unmount())
  })

  it('speaks the language the window is in', async () => {
    setWindowLanguage('de')
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <ErrorBoundary part="window">
          <BrokenHeader />
        </ErrorBoundary>
      )
    )
    expect(container.textContent).toMatch(/^Limber konnte dieses Fenster nicht anzeigen.*Neu laden$/)
    await act(async () => root.unmount())
  })
})
