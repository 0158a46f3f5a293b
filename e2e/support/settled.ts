import { expect, type Page } from '@playwright/test'
import { valueAsWindow } from './window-call'

/**
 * Waits until the page shows what the service held when it opened: a reminder already waiting brings its banner
 * above the screen a moment after the first frame (its code loads then), moving everything below it down. A test
 * that clicked in that moment could hit the spot a button has just left.
 */
export async function settledAfterOpening(page: Page): Promise<void> {
  // Only the part of getState's snapshot this reads.
  const { state } = await valueAsWindow<{ state: { reminders: { waiting: unknown } } }>(page, 'getState')
  if (state.reminders.waiting !== null) await expect(page.locator('.reminder-banner')).toBeVisible()
}
