import { describe, expect, it } from 'vitest'
import type { AppState } from '../../../contract/state'
import { appStateFixture } from '../../../contract/testing/app-state'
import { installFakeDom } from '../testing/fake-dom'
import { renderedText } from '../testing/rendered-text'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
await import('../i18n/i18n')
const { ImportArea } = await import('./import-area')

/** The import area's text and its progress element (if shown) for a state. */
const render = (state: AppState): Promise<string> => renderedText(container, <ImportArea />, state)

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
