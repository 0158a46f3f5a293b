import { expect, type Page } from '@playwright/test'

/** Runs a call the way the window does (same origin, the session cookie), for setting up days of history fast. */
export async function callAsWindow(page: Page, name: string, input: unknown): Promise<void> {
  const ok = await page.evaluate(
    async ({ name, input }) => {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input)
      })
      return ((await response.json()) as { ok: boolean }).ok
    },
    { name, input }
  )
  expect(ok, `${name} succeeded`).toBe(true)
}
