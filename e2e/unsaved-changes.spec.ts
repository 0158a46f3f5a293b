import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

test('leaving Settings with an unsaved change asks first, and "Save and leave" keeps it', async ({ limber }) => {
  const { page } = limber
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Daily goal (ml)').fill('2600')
  await nav.getByRole('link', { name: 'Today' }).click()

  const dialog = page.getByRole('dialog', { name: 'Save your changes?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('You changed Settings without saving.')
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Daily goal (ml)')).toHaveValue('2600')

  await nav.getByRole('link', { name: 'Today' }).click()
  await expect(dialog.getByRole('button', { name: 'Save and leave' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Keep editing' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByLabel('Daily goal (ml)')).toHaveValue('2600')

  await nav.getByRole('link', { name: 'Today' }).click()
  await dialog.getByRole('button', { name: 'Save and leave' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expect(page.getByText('0 ml of 2,600 ml', { exact: true })).toBeVisible()
})

test('"Leave without saving" drops the change; Back with an unsaved change asks too', async ({ limber }) => {
  const { page } = limber
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Glass size (ml)').fill('330')
  await page.goBack()
  const dialog = page.getByRole('dialog', { name: 'Save your changes?' })
  await expect(dialog).toBeVisible()
  await expect(page.getByLabel('Glass size (ml)')).toHaveValue('330')
  await dialog.getByRole('button', { name: 'Leave without saving' }).click()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add a glass (250 ml)' })).toBeVisible()
})

test('a save the service refuses keeps the person on Settings with the error shown', async ({ limber }) => {
  const { page } = limber
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Daily goal (ml)').fill('20')
  await nav.getByRole('link', { name: 'History' }).click()
  await page.getByRole('dialog', { name: 'Save your changes?' }).getByRole('button', { name: 'Save and leave' }).click()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByText('Enter a daily goal between 500 and 8,000 ml.')).toBeVisible()
  await expect(page.getByLabel('Daily goal (ml)')).toBeFocused()
})

test('reloading with unsaved reminder settings asks the browser to confirm; a saved form reloads freely', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click()
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible()
  const questions: string[] = []
  const noteQuestion = (dialog: { type(): string; accept(): Promise<void> }): void => {
    questions.push(dialog.type())
    void dialog.accept()
  }
  page.on('dialog', noteQuestion)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible()
  page.off('dialog', noteQuestion)
  expect(questions).toEqual([])

  await page.getByRole('spinbutton').first().fill('45')
  const asked = page.waitForEvent('dialog')
  void page.reload().catch(() => undefined)
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  await expect(page.getByRole('spinbutton').first()).toHaveValue('45')
})
