import { expect, type Page } from '@playwright/test'
import { valueAsWindow } from './window-call'

/**
 * Waits until the page shows what the service holds now. A reminder already waiting when the page was served comes
 * with the first screen, but one that fired since (the service's clock runs on while the page loads) arrives
 * over the event stream a moment later and moves everything below it down. A test that clicked in that moment
 * could hit the spot a button has just left.
 */
export async function settledAfterOpening(page: Page): Promise<void> {
  // Only the part of getState's snapshot this reads.
  const { state } = await valueAsWindow<{ state: { reminders: { waiting: unknown } } }>(page, 'getState')
  if (state.reminders.waiting !== null) await expect(page.locator('.reminder-banner')).toBeVisible()
}
