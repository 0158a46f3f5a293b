import { expect, type Page } from '@playwright/test'

/** Runs a call the way the window does (same origin, the session cookie) and returns its outcome. */
function outcomeAsWindow(page: Page, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    async ({ name, input }) => {
      const response = await fetch(`/api/call/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input)
      })
      return (await response.json()) as { ok: boolean; value?: unknown }
    },
    { name, input }
  )
}

/** Runs a call the way the window does, for setting up days of history fast. */
export async function callAsWindow(page: Page, name: string, input: unknown): Promise<void> {
  expect((await outcomeAsWindow(page, name, input)).ok, `${name} succeeded`).toBe(true)
}

/** Asks the service the way the window does and returns the call's value (the test fails if the call does). */
export async function valueAsWindow<T>(page: Page, name: string, input: unknown = {}): Promise<T> {
  const outcome = await outcomeAsWindow(page, name, input)
  expect(outcome.ok, `${name} succeeded`).toBe(true)
  return outcome.value as T
}
