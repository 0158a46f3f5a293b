import { describe, expect, it } from 'vitest'
import type { AppState } from '../../../contract/state'
import { appStateFixture } from '../../../contract/testing/app-state'
import type { StoreTransport } from '../api/app-store'
import { installFakeDom } from '../testing/fake-dom'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
const { act } = await import('react')
const { createRoot } = await import('react-dom/client')
await import('../i18n/i18n')
const { AppStateProvider } = await import('../api/app-state')
const { createAppStore } = await import('../api/app-store')
const { ImportArea } = await import('./import-area')

const transport: StoreTransport = {
  call: () => Promise.reject(new Error('no calls while rendering')),
  onStateChanged: () => () => {}
}

/** The import area's text and its progress element (if shown) for a state. */
async function render(state: AppState): Promise<string> {
  const root = createRoot(container)
  await act(async () =>
    root.render(
      <AppStateProvider store={createAppStore(transport, { revision: 1, state })}>
        <ImportArea />
      </AppStateProvider>
    )
  )
  const text = (container.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ')
  await act(async () => root.unmount())
  return text
}

describe('the import area', () => {
  const base = appStateFixture({ nowMs: new Date(2026, 11, 1, 8, 10).getTime() })

  it('shows how far an import under way has got, as a percentage', async () => {
    const text = await render({
      ...base,
      activities: { ...base.activities, importing: { doneBytes: 12_500_000, totalBytes: 50_000_000 } }
    })
    expect(text).toContain('Importing… 25%')
  })

  it('offers the picker and the drop zone, and no progress, when nothing is importing', async () => {
    const text = await render(base)
    expect(text).toContain('Drop activity files here')
    expect(text).toContain('Choose files…')
    expect(text).not.toContain('Importing')
  })
})
