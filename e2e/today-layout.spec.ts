import type { Locator, Page } from '@playwright/test'
import { defaultReminderSettings } from '../src/core/reminders/reminder-schema'
import { expect, test } from './fixtures'

/** An element's box on the page (it must be rendered). */
async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox()
  expect(found, 'the element is rendered').not.toBeNull()
  return found ?? { x: 0, y: 0, width: 0, height: 0 }
}

/** Opens Today in a window of this size, scrolled to the top. */
async function todayAt(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height })
  await page.evaluate(() => (window.location.hash = '#/today'))
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await page.evaluate(() => window.scrollTo(0, 0))
}

for (const [width, height] of [
  [900, 650],
  [1280, 800]
] as const) {
  test(`Today's quick-add sits right under the ring, inside the first ${width}×${height} view`, async ({ limber }) => {
    const { page } = limber
    await todayAt(page, width, height)
    const ring = await box(page.getByRole('progressbar', { name: 'Water today' }))
    for (const control of [
      page.getByRole('button', { name: 'Add a glass (250 ml)' }),
      page.getByRole('button', { name: 'Add a bottle (500 ml)' }),
      page.getByLabel('Custom amount (ml)')
    ]) {
      const { y, height: tall } = await box(control)
      expect(y, 'below the ring').toBeGreaterThan(ring.y + ring.height)
      expect(y + tall, 'inside the first view, without scrolling').toBeLessThanOrEqual(height)
    }
    // Nothing else comes between the ring and the ways to log a drink.
    const glass = await box(page.getByRole('button', { name: 'Add a glass (250 ml)' }))
    expect(glass.y - (ring.y + ring.height)).toBeLessThan(120)
  })
}

test('a wide window shows Today in two columns; a 900 px one in one', async ({ limber }) => {
  const { page } = limber
  await todayAt(page, 1280, 800)
  const water = await box(page.getByRole('progressbar', { name: 'Water today' }))
  const reminders = await box(page.getByRole('heading', { name: 'Reminders', exact: true }))
  expect(reminders.x, 'reminders beside the water').toBeGreaterThan(water.x + water.width + 200)
  expect(reminders.y, 'at the top of their column').toBeLessThan(water.y + 50)

  await todayAt(page, 900, 650)
  const narrowWater = await box(page.getByRole('progressbar', { name: 'Water today' }))
  const narrowReminders = await box(page.getByRole('heading', { name: 'Reminders', exact: true }))
  expect(narrowReminders.y, 'reminders below the water').toBeGreaterThan(narrowWater.y + narrowWater.height)
})

/** Reloads Today at this size, recording every shift of something already on screen from the first frame on. */
async function reopenRecordingShifts(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height })
  await page.addInitScript(() => {
    const shifts: number[] = []
    ;(window as unknown as { shifts: number[] }).shifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.reload()
}

/** The shifts recorded since the page opened, once all of Today (with its after-first-frame parts) is in. */
async function shiftsOnceTodayIsIn(page: Page): Promise<number[]> {
  await expect(page.getByRole('progressbar', { name: 'Water today' })).toBeVisible()
  for (const heading of ['Drinks today', 'Reminders', 'Routines today']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))))
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)
}

const windowSizes = [
  [900, 650],
  [1280, 800]
] as const

test.describe('with no reminder due (its banner would come in above Today, as it should)', () => {
  test.use({
    settings: { reminders: { ...defaultReminderSettings(), hydration: { enabled: false, intervalMinutes: null } } }
  })

  for (const [width, height] of windowSizes) {
    test(`all of Today arrives on opening, moving nothing the first frame showed, at ${width}×${height}`, async ({
      limber
    }) => {
      const { page } = limber
      await reopenRecordingShifts(page, width, height)
      expect(await shiftsOnceTodayIsIn(page)).toEqual([])
    })
  }
})

for (const [width, height] of windowSizes) {
  test(`a reminder already waiting when the window opens comes with Today, moving nothing, at ${width}×${height}`, async ({
    limber
  }) => {
    const { page } = limber
    // The drink reminder a new day starts with is waiting (the fixture's service is past its first interval).
    await expect(page.locator('.reminder-banner')).toBeVisible()
    await reopenRecordingShifts(page, width, height)
    const shifts = shiftsOnceTodayIsIn(page)
    await expect(page.locator('.reminder-banner')).toBeVisible()
    expect(await shifts).toEqual([])
  })
}

test('"Log a cramp" and the urine-colour check-in on Today are buttons that open their pages', async ({ limber }) => {
  const { page } = limber
  await expect(page.getByRole('main').getByRole('link', { name: 'Log a cramp' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Log a cramp' }).click()
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await page.getByRole('button', { name: 'Daily urine-colour check-in' }).click()
  await expect(page.getByRole('heading', { name: 'Prevention', level: 1 })).toBeVisible()
})

test('the header keeps "I have a cramp" on its one row at 900 px wide', async ({ limber }) => {
  const { page } = limber
  await todayAt(page, 900, 650)
  const cramp = await box(page.getByRole('button', { name: 'I have a cramp' }))
  const nav = await box(page.getByRole('navigation', { name: 'Main' }))
  const header = await box(page.getByRole('banner'))
  // Same row as the navigation, the label on one line, and the header no taller than one row of controls.
  expect(Math.abs(cramp.y + cramp.height / 2 - (nav.y + nav.height / 2))).toBeLessThan(6)
  expect(cramp.height).toBeLessThan(48)
  expect(header.height).toBeLessThan(80)
  expect(cramp.x + cramp.width).toBeLessThanOrEqual(900)
})

test.describe('a brand-new user', () => {
  test.use({ firstRun: true })

  test('the first-run setup does not mark Settings (or anything else) as the current page', async ({ limber }) => {
    const { page } = limber
    await expect(page).toHaveURL(/#\/setup$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible()
    await expect(nav.locator('[aria-current]')).toHaveCount(0)
  })
})
