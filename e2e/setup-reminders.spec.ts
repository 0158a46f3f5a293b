import type { Page } from '@playwright/test'
import { expect, test, type Limber } from './fixtures'

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

test.use({ firstRun: true, testClock: true })

/** The part of the service's state these tests read. */
interface ReminderFacts {
  readonly reminders: {
    readonly firedToday: readonly { readonly kind: string; readonly catchUp: boolean }[]
    readonly upcoming: readonly { readonly kind: string; readonly dueAtMs: number }[]
  }
}

/** The service's state, read the way the window reads it. */
async function serviceState(limber: Limber): Promise<ReminderFacts> {
  const response = await limber.page.request.post(`${limber.origin()}/api/call/getState`, {
    headers: { origin: limber.origin() },
    data: {}
  })
  return ((await response.json()) as { value: { state: ReminderFacts } }).value.state
}

/** Steps 1 to 3 with what setup suggests: units, active hours, goal. */
async function acceptFirstSteps(page: Page): Promise<void> {
  for (const step of ['Step 1 of 5: Units', 'Step 2 of 5: Active hours', 'Step 3 of 5: Daily water goal']) {
    await expect(page.getByRole('heading', { name: step })).toBeVisible()
    await page.getByRole('button', { name: 'Next' }).click()
  }
  await expect(page.getByRole('heading', { name: 'Step 4 of 5: First planned workout' })).toBeFocused()
}

test('finishing setup in the window, minutes after it opened, sends no catch-up reminder', async ({ limber }) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(14)
  await page.reload()
  await acceptFirstSteps(page)
  // The person takes their time: the service saw nothing but questions for seven minutes.
  await limber.clock.advance(7 * 60_000)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Finish setup' }).click()

  await expect(page.getByRole('heading', { name: "You're set" })).toBeFocused()
  await limber.clock.advance(60_000)
  await expect(page.getByRole('region', { name: 'Reminder', exact: true })).toHaveCount(0)
  const state = await serviceState(limber)
  expect(state.reminders.firedToday).toEqual([])
  // The first drink reminder waits an interval: the person has not logged what they drank before setup.
  expect(state.reminders.upcoming[0]?.kind).toBe('hydration')
  expect(state.reminders.upcoming[0]!.dueAtMs - (await limber.clock.now())).toBeGreaterThanOrEqual(30 * 60_000)

  await page.getByRole('button', { name: 'See reminders' }).click()
  await expect(page.getByRole('region', { name: 'Earlier today' })).toContainText('No reminders yet today.')
})

test('a 06:30 run chosen in setup gets its drink, warm-up and cool-down reminders', async ({ limber }) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(20)
  await page.reload()
  const runDay = new Date(await limber.clock.now())
  runDay.setDate(runDay.getDate() + 1)
  await acceptFirstSteps(page)

  await page.getByRole('radio', { name: 'Plan a workout' }).check()
  await page.getByLabel('Workout kind').selectOption({ label: 'Run' })
  await page
    .getByRole('group', { name: 'Days' })
    .getByLabel(weekdayNames[runDay.getDay()] ?? 'Monday')
    .check()
  await page.getByLabel('Start time').fill('06:30')
  await page.getByLabel('Duration (minutes)').fill('30')
  // With the default hours (08:00–21:00, quiet 22:00–07:00) all three would be held back: setup offers to fit them.
  const fit = page.getByRole('checkbox', { name: 'Fit my reminder hours to this workout' })
  await expect(fit).toBeChecked()
  await expect(fit).toHaveAccessibleDescription(
    /active hours on \w+ from 4:30\sAM to 9:00\sPM; quiet hours from 10:00\sPM to 4:30\sAM/
  )
  await expect(page.getByText(/hold back this workout/)).toHaveCount(0)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Finish setup' }).click()

  const summary = page.getByRole('region', { name: "You're set" })
  await expect(summary.getByRole('definition').nth(2)).toHaveText(/^Run · .+, 6:30\sAM · 30 min$/)
  await summary.getByRole('button', { name: 'See reminders' }).click()
  const plan = page.getByRole('region', { name: 'Workout plan' })
  await expect(plan.getByRole('button', { name: /Allow reminders for this workout/ })).toHaveCount(0)

  await limber.clock.set(new Date(runDay.getFullYear(), runDay.getMonth(), runDay.getDate(), 7, 10).getTime())
  const earlier = page.getByRole('region', { name: 'Earlier today' })
  for (const [time, what] of [
    ['4:30', 'Drink before your run'],
    ['6:15', 'Warm-up for your run'],
    ['7:05', 'Cool-down after your run']
  ] as const) {
    await expect(earlier.getByRole('listitem').filter({ hasText: what })).toContainText(new RegExp(`${time}\\sAM`))
  }
  expect((await serviceState(limber)).reminders.firedToday.filter((fired) => fired.catchUp)).toEqual([])
})
