import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFakeDom } from '../testing/fake-dom'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
const { act, lazy, Suspense } = await import('react')
const { createRoot } = await import('react-dom/client')
await import('../i18n/i18n')
const { ErrorBoundary } = await import('./error-boundary')
const { windowSpeaking } = await import('../testing/window-language')

function BrokenScreen(): never {
  throw new TypeError('cannot read the week')
}

const Today = () => <p>Today</p>

beforeEach(() => {
  // React and the boundary report the error on the console; the test reads what the window shows instead.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
let root: ReturnType<typeof createRoot> | undefined
afterEach(async () => {
  await act(async () => root?.unmount())
  root = undefined
  vi.restoreAllMocks()
})

/** Shows `tree` in a fresh window (taken down after each test). */
async function show(tree: ReactNode): Promise<void> {
  root = createRoot(container)
  await act(async () => root!.render(tree))
}

/** The window shows exactly `text`, and the console names what failed (`logLine`) with the error's `message`. */
function expectShownAndLogged(text: string, logLine: string, message: string): void {
  expect(container.textContent).toBe(text)
  expect(console.error).toHaveBeenCalledWith(logLine, expect.objectContaining({ message }), expect.any(String))
}

describe('a screen that cannot be shown', () => {
  it('is replaced by a message with Reload, and what is outside the boundary stays', async () => {
    await show(
      <>
        <nav>Navigation </nav>
        <ErrorBoundary part="screen" resetKey="history/">
          <BrokenScreen />
        </ErrorBoundary>
      </>
    )
    expectShownAndLogged(
      'Navigation ' +
        'This screen could not be shown' +
        'Something went wrong while opening it. Your journal and settings are safe: Limber keeps them, not this window. Reload the window to try again.' +
        'Reload',
      'Limber could not show this screen',
      'cannot read the week'
    )
  })

  it('whose code could not be fetched shows the same message', async () => {
    const Unfetchable = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))
    await show(
      <ErrorBoundary part="screen" resetKey="history/">
        <Suspense fallback={<p>Loading…</p>}>
          <Unfetchable />
        </Suspense>
      </ErrorBoundary>
    )
    expect(container.textContent).toContain('This screen could not be shown')
  })

  it('is tried again when another screen is opened', async () => {
    const open = (screenKey: string, screen: ReactNode) =>
      act(async () =>
        root!.render(
          <ErrorBoundary part="screen" resetKey={screenKey}>
            {screen}
          </ErrorBoundary>
        )
      )
    await show(
      <ErrorBoundary part="screen" resetKey="history/">
        <BrokenScreen />
      </ErrorBoundary>
    )
    expect(container.textContent).toContain('This screen could not be shown')
    // Still the same screen: the message stays.
    await open('history/', <Today />)
    expect(container.textContent).toContain('This screen could not be shown')
    await open('today/', <Today />)
    expect(container.textContent).toBe('Today')
  })
})

function BrokenHeader(): never {
  throw new TypeError('cannot read the language')
}

describe('the window, when what is outside the open screen fails', () => {
  it('shows a message for the whole window with Reload, in place of everything in it', async () => {
    await show(
      <ErrorBoundary part="window">
        <header>
          <BrokenHeader />
        </header>
        <ErrorBoundary part="screen" resetKey="today/">
          <Today />
        </ErrorBoundary>
      </ErrorBoundary>
    )
    // The message takes the window's place as its main landmark (the skip link and focus handling look for #main).
    const main = container.firstChild as unknown as Element
    expect([main.localName, main.getAttribute('id'), container.childNodes.length]).toEqual(['main', 'main', 1])
    expectShownAndLogged(
      'Limber could not show this window' +
        'Something went wrong while drawing it. Your journal, settings and reminders are safe: Limber keeps them, not this window. Reload the window to carry on.' +
        'Reload',
      'Limber could not show its window',
      'cannot read the language'
    )
  })

  it('leaves a failing screen to the message of its own', async () => {
    await show(
      <ErrorBoundary part="window">
        <nav>Navigation </nav>
        <ErrorBoundary part="screen" resetKey="history/">
          <BrokenScreen />
        </ErrorBoundary>
      </ErrorBoundary>
    )
    expect(container.textContent).toContain('Navigation This screen could not be shown')
    expect(container.textContent).not.toContain('Limber could not show this window')
  })
})

describe('the window’s message in German', () => {
  windowSpeaking('de')

  it('speaks the language the window is in', async () => {
    await show(
      <ErrorBoundary part="window">
        <BrokenHeader />
      </ErrorBoundary>
    )
    expect(container.textContent).toMatch(/^Limber konnte dieses Fenster nicht anzeigen.*Neu laden$/)
  })
})
