import { expect, test } from './fixtures'

test.use({ testClock: true })

test('a body weight of 9999 or −5 is refused next to the field, and nothing is saved', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const weight = page.getByLabel('Body weight (kg)')
  for (const typed of ['9999', '-5']) {
    await weight.fill(typed)
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(weight).toHaveAttribute('aria-invalid', 'true')
    await expect(weight).toHaveAccessibleDescription(/Enter a body weight between 25 and 300 kg, or leave it empty\./)
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toHaveCount(0)
  }
  await weight.fill('')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()
  await expect(weight).toHaveValue('')
})

test.describe('in the first-run setup', () => {
  test.use({ firstRun: true })

  test('a body weight the suggestion cannot use says so on leaving the field', async ({ limber }) => {
    const { page } = limber
    const goalStep = page.getByRole('heading', { name: /Daily water goal$/ })
    for (let step = 0; step < 5 && !(await goalStep.isVisible()); step += 1) {
      await page.getByRole('button', { name: 'Next' }).click()
    }
    await expect(goalStep).toBeVisible()
    const weight = page.getByLabel('Body weight (kg)')
    await weight.fill('9999')
    await weight.press('Tab')
    await expect(weight).toHaveAccessibleDescription(/Enter a body weight between 25 and 300 kg, or leave it empty\./)
    await weight.fill('70')
    await weight.press('Tab')
    await expect(weight).not.toHaveAttribute('aria-invalid')
    await expect(page.getByText('Suggested goal: 2,100 ml')).toBeVisible()
  })
})

test('a one-off workout in the past is refused with a message; later the same day is added', async ({ limber }) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(10)
  await page.reload()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click()
  const add = page.getByRole('form', { name: 'Add a workout' })
  const now = new Date(await limber.clock.now())
  const pad = (value: number): string => String(value).padStart(2, '0')
  const addRunToday = async (time: string): Promise<void> => {
    await add.getByRole('radio', { name: 'Once' }).check()
    await add.getByLabel('Date').fill(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`)
    await add.getByLabel('Start time').fill(time)
    await add.getByLabel('Duration (minutes)').fill('30')
    await add.getByRole('button', { name: 'Add workout' }).click()
  }
  const refusal = 'This date and time have already passed.'
  await addRunToday('07:00')
  await expect(add.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true')
  await expect(add).toContainText(refusal)
  const plan = page.getByRole('region', { name: 'Workout plan' })
  await expect(plan).toContainText('No workouts planned yet.')

  await add.getByLabel('Start time').fill('18:00')
  await add.getByRole('button', { name: 'Add workout' }).click()
  await expect(plan).toContainText(/Run · .* at (18:00|6:00 PM)/)
  await expect(add).not.toContainText(refusal)
  const added = page.getByRole('status').filter({ hasText: /^Added Run/ })
  await expect(added).toBeVisible()

  // A new refusal replaces the last success line rather than standing beside it.
  await addRunToday('08:00')
  await expect(add).toContainText(refusal)
  await expect(added).toHaveCount(0)
})

test('an amount with decimals is refused with a message, not rounded', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const glass = page.getByLabel('Glass size (ml)')
  await glass.fill('250.5')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(glass).toHaveAccessibleDescription('Enter whole millilitres, such as 250.')
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toHaveCount(0)
  await glass.fill('250')
  await page.getByRole('button', { name: 'Save settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible()
})

test('on Today a new error replaces the last success line, and a new success clears the error', async ({ limber }) => {
  const { page } = limber
  await page.getByRole('button', { name: 'Add a glass (250 ml)' }).click()
  const added = page.getByRole('status').filter({ hasText: 'Added 250 ml' })
  await expect(added).toBeVisible()
  const custom = page.getByLabel('Custom amount (ml)')
  await custom.fill('120.5')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(custom).toHaveAccessibleDescription('Enter whole millilitres, such as 250.')
  await expect(added).toHaveCount(0)
  await expect(page.getByText('250 ml of 2,000 ml', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Add a bottle (500 ml)' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added 500 ml' })).toBeVisible()
  await expect(custom).not.toHaveAttribute('aria-invalid')
  await expect(page.getByText('Enter whole millilitres, such as 250.')).toHaveCount(0)
})
