import { expect, test } from './fixtures'
import { seriousViolations } from './support/axe'

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
  // Two full axe runs over pages with animated pictures: slower than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000)
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  await page.getByRole('button', { name: 'Start Pre-run warm-up' }).click()
  await expect(page.getByRole('timer')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Stop', exact: true }).click()
  await page.getByRole('dialog', { name: 'Stop this routine?' }).getByRole('button', { name: 'Stop routine' }).click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  await page.getByRole('button', { name: 'Duplicate Pre-run warm-up' }).click()
  await expect(page.getByLabel('Routine name')).toHaveValue('Pre-run warm-up (copy)')
  expect(await seriousViolations(page)).toEqual([])
})

test('the cramp log has no serious or critical accessibility violations', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await page.getByRole('button', { name: 'Log a cramp' }).click()
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('History, Prevention and the see-a-professional panel have no serious or critical accessibility violations', async ({
  limber
}) => {
  const { page } = limber
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Prevention' }).click()
  await expect(page.getByRole('heading', { name: 'Prevention', level: 1 })).toBeVisible()
  await page.getByRole('radio', { name: 'Pale yellow, target' }).check()
  await page.getByRole('button', { name: 'Check in' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Looks well hydrated' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.evaluate(() => (window.location.hash = '#/cramp'))
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Log cramp' }) })
  await form.getByRole('radio', { name: 'Left' }).check()
  await form.getByRole('radio', { name: 'Calf' }).check()
  await form
    .getByRole('radiogroup', { name: /How bad/ })
    .getByRole('radio', { name: '2' })
    .check()
  await form.getByLabel('How long did it last? (minutes)').fill('12')
  await form.getByRole('radio', { name: 'At night' }).check()
  await form.getByRole('checkbox', { name: 'It woke me up or kept me awake' }).check()
  await form.getByRole('button', { name: 'Log cramp' }).click()
  const panel = page.getByRole('region', { name: 'Time to talk to a professional' })
  await expect(panel).toBeVisible()
  await expect(panel).toContainText('If a cramp lasts more than 10 minutes and does not ease')
  expect(await seriousViolations(page)).toEqual([])

  await nav.getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('figure', { name: /Cramps per week/ })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Warning signs' })).toContainText('lasted 12 minutes')
  expect(await seriousViolations(page)).toEqual([])
})

test.describe('in German', () => {
  test.use({ settings: { language: 'de' } })

  test('Today and Settings in German declare their language and have no serious or critical violations', async ({
    limber
  }) => {
    const { page } = limber
    await expect(page.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Einstellungen' }).click()
    await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })
})
