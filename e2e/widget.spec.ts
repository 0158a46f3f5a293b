import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

test.use({ testClock: true })

test('the compact widget page shows the water ring and the next reminder; one click logs a glass', async ({
  limber
}) => {
  const { page } = limber
  // Inside the default active hours, so a drink reminder is coming up.
  await limber.clock.setTomorrowAt(10)
  await page.reload()
  await page.evaluate(() => (window.location.hash = '#/widget'))

  const ring = page.getByRole('progressbar', { name: 'Water today' })
  await expect(ring).toHaveAttribute('aria-valuetext', '0 of 2,000 ml')
  await expect(page.getByText('0 of 2,000 ml', { exact: true })).toBeVisible()
  const next = page.getByRole('region', { name: 'Next reminder' })
  // The ticking line for the eye, and a steady sentence with the clock time for screen readers.
  await expect(next.getByText(/^Drink about \d+ ml in \d+ (min|hr)/)).toBeVisible()
  await expect(next).toContainText(/Next reminder at .+: Drink about \d+ ml/)
  // Browser mode has no main window to raise: "Open Limber" links to the full app instead.
  await expect(page.getByRole('link', { name: 'Open Limber' })).toHaveAttribute('href', '#/today')
  expect(
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id)
  ).toEqual([])

  await page.getByRole('button', { name: 'Log a glass (250 ml)' }).click()
  await expect(ring).toHaveAttribute('aria-valuetext', '250 of 2,000 ml')
  await expect(page.getByText('250 of 2,000 ml', { exact: true })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Logged 250 ml' })).toBeVisible()

  await page.getByRole('link', { name: 'Open Limber' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expect(page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()
})

test('Settings links to the compact widget page in browser mode, and the page shows a running routine', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('checkbox', { name: 'Show the widget' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Open the compact widget page' }).click()
  await expect(page.getByRole('progressbar', { name: 'Water today' })).toBeVisible()

  await page.evaluate(() => (window.location.hash = '#/routines'))
  await page.getByRole('button', { name: 'Start Pre-run warm-up' }).click()
  await expect(page.getByRole('timer')).toBeVisible()
  await page.evaluate(() => (window.location.hash = '#/widget'))
  const routine = page.getByRole('region', { name: 'Routine in progress' })
  await expect(routine).toContainText('Brisk walk or easy jog')
  await expect(routine.getByRole('timer', { name: 'Time left in this step' })).toHaveText(/^\d\d:\d\d$/)
})
