import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
    )
}

test('Today, Settings and Reminders have no serious or critical accessibility violations', async ({ limber }) => {
  const { page } = limber
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click()
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the routine player and the routine editor have no serious or critical accessibility violations', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  await page.getByRole('button', { name: 'Start Pre-run warm-up' }).click()
  await expect(page.getByRole('timer')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Stop' }).click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  await page.getByRole('button', { name: 'Duplicate Pre-run warm-up' }).click()
  await expect(page.getByLabel('Routine name')).toHaveValue('Pre-run warm-up (copy)')
  expect(await seriousViolations(page)).toEqual([])
})

test('the cramp log has no serious or critical accessibility violations', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await page.getByRole('link', { name: 'Log a cramp' }).first().click()
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
