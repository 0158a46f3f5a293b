import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import type { StoreTransport } from '../api/app-store'

/** A store transport for tests that only render: any call to the service fails the test. */
const renderOnly: StoreTransport = {
  call: () => Promise.reject(new Error('no calls while rendering')),
  onStateChanged: () => () => {}
}

/**
 * The visible text of `node` rendered into `container` with `state` in the store, then unmounted; Intl's
 * no-break spaces come back as plain ones. Call after installFakeDom() (React DOM needs the page first).
 */
export async function renderedText(container: HTMLElement, node: ReactNode, state: AppState): Promise<string> {
  const { act } = await import('react')
  const { createRoot } = await import('react-dom/client')
  const { AppStateProvider } = await import('../api/app-state')
  const { createAppStore } = await import('../api/app-store')
  const root = createRoot(container)
  await act(async () =>
    root.render(<AppStateProvider store={createAppStore(renderOnly, { revision: 1, state })}>{node}</AppStateProvider>)
  )
  const text = (container.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ')
  await act(async () => root.unmount())
  return text
}
