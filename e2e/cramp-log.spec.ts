import { expect, test } from './fixtures'

test('a cramp logged from the cramp log is listed with its details, and a future time is refused', async ({
  limber
}) => {
  const { page } = limber
  await page.goto(`${new URL(page.url()).origin}/#/cramp`)
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Log cramp' }) })
  await form.getByRole('radio', { name: 'Left' }).check()
  await form
    .getByRole('radiogroup', { name: /How bad/ })
    .getByRole('radio', { name: '4' })
    .check()
  await form.getByRole('radio', { name: 'Back of the thigh' }).check()
  await form.getByLabel('How long did it last? (minutes)').fill('3')
  await form.getByRole('radio', { name: 'After a workout' }).check()
  await form.getByRole('checkbox', { name: 'Numbness or tingling' }).check()
  await form.getByRole('button', { name: 'Log cramp' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Cramp logged' })).toBeVisible()
  await expect(page.getByText('Left leg, back of the thigh · 4/5 · 3 minutes · After a workout')).toBeVisible()
  await expect(page.getByText(/Signs: .*Numbness or tingling/i)).toBeVisible()

  const when = form.getByLabel('When did it start?')
  const nextYear = new Date().getFullYear() + 1
  await when.fill(`${nextYear}-01-01T10:00`)
  await form.getByRole('radio', { name: 'Right' }).check()
  await form
    .getByRole('radiogroup', { name: /How bad/ })
    .getByRole('radio', { name: '2' })
    .check()
  await form.getByRole('radio', { name: 'Calf' }).check()
  await form.getByLabel('How long did it last? (minutes)').fill('1')
  await form.getByRole('radio', { name: 'At rest' }).check()
  await form.getByRole('button', { name: 'Log cramp' }).click()
  await expect(when).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('A cramp cannot be logged in the future')).toBeVisible()
})
