import { expect, test } from './fixtures'
import { callAsWindow } from './support/window-call'

test.use({
  testClock: true,
  // A run every day, with no record of when it was planned (as a plan from before Limber recorded that).
  settings: {
    workouts: [
      {
        id: 'daily-run',
        kind: 'run',
        time: '18:00',
        durationMinutes: 30,
        schedule: { type: 'weekly', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }
      }
    ]
  }
})

/** Relative luminance of a CSS `rgb(…)` colour (WCAG). */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

test('History: no workouts planned before the plan, today in progress, months on the axis, severities told apart', async ({
  limber
}) => {
  const { page } = limber
  await page.setViewportSize({ width: 1280, height: 900 })
  // Yesterday 2,100 ml (met), today 500 ml so far; cramps of severity 2, 3 and 4 this week.
  await limber.clock.setTomorrowAt(9)
  const todayMs = await limber.clock.now()
  await limber.clock.set(todayMs - 24 * 3_600_000)
  await callAsWindow(page, 'logWater', { amountMl: 2100 })
  await limber.clock.set(todayMs)
  await callAsWindow(page, 'logWater', { amountMl: 500 })
  for (const [hoursAgo, severity] of [
    [20, 2],
    [18, 3],
    [3, 4]
  ] as const) {
    await callAsWindow(page, 'logCramp', {
      cramp: {
        startedAtMs: todayMs - hoursAgo * 3_600_000,
        leg: 'left',
        location: 'calf',
        severity,
        durationMinutes: 2,
        context: 'at-rest',
        symptoms: [],
        disturbedSleep: false
      }
    })
  }
  await page.evaluate(() => (window.location.hash = '#/history'))
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()

  // Today is still going on: not "goal not met".
  const water = page.getByRole('region', { name: 'Water' })
  await expect(water.getByRole('listitem').filter({ hasText: 'Today, in progress' })).toBeVisible()
  await water.getByText('Show as table').click()
  const rows = water.getByRole('row')
  await expect(rows.last()).toContainText('In progress')
  await expect(rows.nth(-2)).toContainText('Yes')
  await expect(water.getByRole('img')).toHaveAttribute('aria-label', /Today is still in progress\.$/)

  // The 30-day axis names the month of its first label.
  await water.getByRole('button', { name: '30 days' }).click()
  const firstLabel = water.locator('.visx-axis-bottom text').first()
  await expect(firstLabel).toHaveText(/^[A-Z][a-z]{2} \d{1,2}$/)

  // A daily plan with no date of its own counts from today: no workouts "planned" in earlier weeks.
  const routines = page.getByRole('region', { name: 'Routines and workouts' })
  await routines.getByText('Show as table').click()
  const planned = await routines
    .getByRole('row')
    .evaluateAll((trs) => trs.slice(1).map((tr) => tr.querySelectorAll('td')[2]?.textContent))
  expect(planned).toEqual(['0', '0', '0', '0', '0', '0', '0', '1'])

  // Severities 1–5 step from light to dark, each clearly apart from the next, and 2–4 carry a pattern.
  const cramps = page.getByRole('region', { name: 'Cramps per week' })
  const swatches = cramps.locator('.chart-legend li')
  await expect(swatches).toHaveCount(5)
  const fills = await swatches.evaluateAll((items) =>
    items.map((item) => getComputedStyle(item.querySelector('rect') as Element).fill)
  )
  const steps = fills.map(luminance)
  for (let severity = 1; severity < 5; severity += 1) {
    const [lighter, darker] = [steps[severity - 1] ?? 0, steps[severity] ?? 0]
    expect(lighter, `severity ${severity} lighter than ${severity + 1}`).toBeGreaterThan(darker)
    expect((lighter + 0.05) / (darker + 0.05), `severity ${severity} vs ${severity + 1}`).toBeGreaterThan(1.5)
  }
  const patterned = await swatches.evaluateAll((items) =>
    items.map((item) =>
      Array.from(item.querySelectorAll('rect')).some((rect) => getComputedStyle(rect).fill.includes('url('))
    )
  )
  expect(patterned).toEqual([false, true, true, true, false])
  await expect(swatches.locator('text')).toHaveText(['1', '2', '3', '4', '5'])
})
