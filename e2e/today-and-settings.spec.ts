import { expect, test } from './fixtures'

test('settings and water survive a restart of the companion and a reload', async ({ limber }) => {
  const { page } = limber
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Add a glass (250 ml)' }).click()
  await page.getByRole('button', { name: 'Add a bottle (500 ml)' }).click()
  await expect(page.getByText('750 ml of 2,000 ml', { exact: true })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Daily goal (ml)').fill('2500')
  await page.getByLabel('Glass size (ml)').fill('300')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()

  await limber.restart()
  await limber.page.reload()
  await limber.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(limber.page.getByText('750 ml of 2,500 ml', { exact: true })).toBeVisible()
  await expect(limber.page.getByRole('button', { name: 'Add a glass (300 ml)' })).toBeVisible()
})

test('fluid ounces are used everywhere once chosen, with round US amounts instead of converted metric ones', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'US fluid ounces (fl oz)' }).check()
  await expect(page.getByLabel('Daily goal (fl oz)')).toHaveValue('68')
  await expect(page.getByLabel('Glass size (fl oz)')).toHaveValue('8')
  await expect(page.getByLabel('Bottle size (fl oz)')).toHaveValue('16.9')
  await expect(page.getByRole('status').filter({ hasText: 'Round amounts for the new unit:' })).toContainText(
    'daily goal 68 fl oz, glass 8 fl oz'
  )
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await page.getByLabel('Custom amount (fl oz)').fill('10')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByText('10 fl oz of 68 fl oz', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Add a glass \(8 fl oz\)$/ })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Add a bottle \(16\.9 fl oz\)$/ })).toBeVisible()
})

test('amounts the person chose are converted, not replaced, when switching to fluid ounces', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Glass size (ml)').fill('300')
  await page.getByRole('radio', { name: 'US fluid ounces (fl oz)' }).check()
  await expect(page.getByLabel('Glass size (fl oz)')).toHaveValue('10.1')
  await expect(page.getByLabel('Daily goal (fl oz)')).toHaveValue('68')
})

test('an invalid goal shows an error next to the field and saves nothing', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const goal = page.getByLabel('Daily goal (ml)')
  await goal.fill('20')
  await page.getByLabel('Glass size (ml)').fill('300')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(goal).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Enter a daily goal between 500 and 8,000 ml.')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toHaveCount(0)

  await limber.restart()
  await limber.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await expect(limber.page.getByLabel('Daily goal (ml)')).toHaveValue('2000')
  await expect(limber.page.getByLabel('Glass size (ml)')).toHaveValue('250')
})

test('undo takes back only the last drink', async ({ limber }) => {
  const { page } = limber
  const undo = page.getByRole('button', { name: 'Undo last drink' })
  await expect(undo).toBeDisabled()
  await page.getByRole('button', { name: 'Add a glass (250 ml)' }).click()
  await page.getByLabel('Custom amount (ml)').fill('120')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByText('370 ml of 2,000 ml', { exact: true })).toBeVisible()
  await undo.click()
  await expect(page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()
})

test('a drink logged by mistake earlier in the day can be removed, leaving the others', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('button', { name: 'Add a glass (250 ml)' }).click()
  await page.getByRole('button', { name: 'Add a bottle (500 ml)' }).click()
  await expect(page.getByText('750 ml of 2,000 ml', { exact: true })).toBeVisible()
  const drinks = page.getByRole('region', { name: 'Drinks today' })
  await drinks.getByRole('button', { name: /^Remove 250 ml at / }).click()
  await expect(page.getByText('500 ml of 2,000 ml', { exact: true })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Removed 250 ml.' })).toBeVisible()
  // "Added 500 ml. Now 750 ml …" is out of date once the total changed, so it is no longer shown.
  await expect(page.getByRole('status').filter({ hasText: 'Added 500 ml' })).toHaveCount(0)
  await expect(drinks.getByRole('listitem')).toHaveCount(1)
  await expect(drinks.getByRole('listitem')).toContainText('500 ml')
  await expect(drinks.getByRole('button', { name: /^Remove 500 ml at / })).toBeVisible()
  await expect(drinks.getByRole('heading', { name: 'Drinks today' })).toBeFocused()
})

test('Today can be used with the keyboard alone', async ({ limber }) => {
  const { page } = limber
  const glass = page.getByRole('button', { name: 'Add a glass (250 ml)' })
  await expect(glass).toBeVisible()
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab')
    if (await glass.evaluate((element) => element === document.activeElement)) break
  }
  await expect(glass).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()
})
