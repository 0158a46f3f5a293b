import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Fills the "Log a cramp" form (the time stays as it is) and sends it. */
async function logCramp(page: Page, options: { signs?: string[]; context?: string } = {}): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Log cramp' }) })
  await form.getByRole('radio', { name: 'Right' }).check()
  await form.getByRole('radio', { name: 'Back of the thigh' }).check()
  await form
    .getByRole('radiogroup', { name: /How bad/ })
    .getByRole('radio', { name: '3' })
    .check()
  await form.getByLabel('How long did it last? (minutes)').fill('2')
  await form.getByRole('radio', { name: options.context ?? 'During a workout' }).check()
  for (const sign of options.signs ?? []) await form.getByRole('checkbox', { name: sign }).check()
  await form.getByRole('button', { name: 'Log cramp' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Cramp logged' })).toBeVisible()
}

const panel = (page: Page) => page.getByRole('region', { name: 'Time to talk to a professional' })

test('"I have a cramp" runs the relief routine, then logs the cramp from when it started', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('button', { name: 'I have a cramp' }).click()
  await expect(page).toHaveURL(/#\/player$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/relief/i)
  await page.getByRole('button', { name: 'Stop', exact: true }).click()
  await page.getByRole('dialog', { name: 'Stop this routine?' }).getByRole('button', { name: 'Stop routine' }).click()
  await expect(page.getByRole('heading', { name: 'Routine stopped' })).toBeVisible()
  await page.getByRole('button', { name: 'Log this cramp' }).click()
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  await expect(page.getByText('The time is set to when you started the relief routine')).toBeVisible()
  await logCramp(page)
  await expect(page.getByText('Right leg, back of the thigh · 3/5 · 2 minutes · During a workout')).toBeVisible()
  // A plain cramp raises no warning sign.
  await expect(panel(page)).toHaveCount(0)
})

test('a cramp with numbness brings up the see-a-professional panel with the reason, shown once', async ({ limber }) => {
  const { page } = limber
  await page.evaluate(() => (window.location.hash = '#/cramp'))
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  await logCramp(page, { signs: ['Numbness or tingling'] })
  await expect(panel(page)).toBeVisible()
  await expect(panel(page).getByRole('heading', { name: 'Time to talk to a professional' })).toBeFocused()
  await expect(panel(page).getByRole('listitem').first()).toContainText('came with numbness or tingling')
  await panel(page).getByText('Where this guidance comes from').click()
  const mayo = panel(page).getByRole('link', { name: 'Muscle cramp: Symptoms and causes' })
  await expect(mayo).toHaveAttribute('href', /^https:\/\/www\.mayoclinic\.org\//)
  await expect(
    panel(page).getByRole('listitem').filter({ hasText: 'Muscle cramp: Symptoms and causes' })
  ).toContainText('Mayo Clinic')
  await expect(panel(page).getByRole('link', { name: 'Leg cramps' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.nhs\.uk\//
  )

  await panel(page).getByRole('button', { name: 'I understand' }).click()
  await expect(panel(page)).toHaveCount(0)
  await limber.restart()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expect(panel(page)).toHaveCount(0)
})

test('a cramp logged by mistake can be deleted, and its warning sign goes with it', async ({ limber }) => {
  const { page } = limber
  await page.evaluate(() => (window.location.hash = '#/cramp'))
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  await logCramp(page, { signs: ['Numbness or tingling'] })
  await expect(panel(page)).toBeVisible()

  const recent = page.getByRole('region', { name: 'Recent cramps' })
  const remove = recent.getByRole('button', { name: /^Delete the cramp of / })
  await remove.click()
  const question = recent.getByText('Delete this cramp? It also leaves your history and warning signs.')
  await expect(question).toBeFocused()
  await recent.getByRole('button', { name: 'Keep it' }).click()
  await expect(remove).toBeFocused()
  await remove.click()
  await expect(question).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(remove).toBeFocused()

  await remove.click()
  await recent.getByRole('button', { name: 'Delete cramp' }).click()
  await expect(recent.getByRole('status')).toHaveText('Cramp deleted.')
  await expect(recent.getByText('No cramps logged in the last 30 days.')).toBeVisible()
  await expect(panel(page)).toHaveCount(0)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click()
  await expect(page.getByRole('region', { name: 'Warning signs' })).toContainText('No warning signs logged.')
  await expect(page.getByRole('region', { name: 'Warning signs' })).not.toContainText('numbness')
})

test.describe('on a test clock', () => {
  test.use({ testClock: true })

  test('cramps on three days of one week bring up the frequency panel', async ({ limber }) => {
    const { page } = limber
    const today = new Date(await limber.clock.now())
    // Monday of next week, 18:30.
    const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 8 - (today.getDay() || 7), 18, 30)
    await limber.clock.set(monday.getTime())
    for (const [index, dayOffset] of [0, 2, 4].entries()) {
      if (dayOffset > 0) await limber.clock.advance(2 * 24 * 3_600_000)
      // A fresh page, so the form's "When" starts at the moved clock.
      await page.goto(`${limber.origin()}/#/cramp`)
      // The same address only changes the hash: reload so the form starts again.
      await page.reload()
      await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
      await logCramp(page)
      if (index < 2) await expect(panel(page)).toHaveCount(0)
    }
    await expect(panel(page)).toBeVisible()
    await expect(panel(page).getByRole('listitem').first()).toContainText(
      'You logged cramps on 3 different days within 7 days'
    )
  })
})
