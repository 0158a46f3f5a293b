import { expect, type Page } from '@playwright/test'

/**
 * Waits until the page shows what the service held when it opened: a reminder already waiting brings its banner
 * above the screen a moment after the first frame (its code loads then), moving everything below it down. A test
 * that clicked in that moment could hit the spot a button has just left.
 */
export async function settledAfterOpening(page: Page): Promise<void> {
  const waiting = await page.evaluate(async () => {
    const response = await fetch('/api/call/getState', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    })
    const outcome = (await response.json()) as {
      ok: boolean
      value?: { state?: { reminders?: { waiting?: unknown } } }
    }
    return outcome.ok && outcome.value?.state?.reminders?.waiting != null
  })
  if (waiting) await expect(page.locator('.reminder-banner')).toBeVisible()
}
