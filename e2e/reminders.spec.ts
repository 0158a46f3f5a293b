import { expect, test } from './fixtures'

test.use({ testClock: true })

test('a drink reminder shows in the window; "Drank it" logs the amount and the Reminders screen says so', async ({
  limber
}) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(10)
  await page.reload()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click()
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible()
  // Every day active around the clock and no quiet hours: the first drink reminder comes after the interval.
  const settings = page.getByRole('form', { name: 'Reminder settings' })
  await settings.getByLabel('Quiet hours').uncheck()
  await settings.getByLabel('Minutes between drink reminders').fill('30')
  await settings.getByRole('button', { name: 'Save reminder settings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Reminder settings saved' })).toBeVisible()
  await page.request.post(`${limber.origin()}/api/call/updateSettings`, {
    headers: { origin: limber.origin() },
    data: {
      activeHours: Object.fromEntries(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [
          day,
          { enabled: true, start: '00:00', end: '23:59' }
        ])
      )
    }
  })

  await limber.clock.advance(31 * 60_000)
  const banner = page.getByRole('region', { name: 'Reminder', exact: true })
  await expect(banner.getByRole('heading', { name: 'Time for a drink' })).toBeVisible()
  const body = await banner.getByText(/^Drink about \d+ ml$/).textContent()
  const amount = Number(/(\d+)/.exec(body ?? '')?.[1])
  await banner.getByRole('button', { name: 'Drank it' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Earlier today' })).toContainText(`Drank ${amount} ml`)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByText(`${amount} ml of 2,000 ml`, { exact: true })).toBeVisible()
})

test("a planned run puts its warm-up on the day's list; pausing until turned back on empties it", async ({
  limber
}) => {
  const { page } = limber
  // 09:00 tomorrow, local time: the run at 12:00 is inside the default active hours.
  const today = new Date(await limber.clock.now())
  const now = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, 9, 0)
  await limber.clock.set(now.getTime())
  await page.reload()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click()
  const add = page.getByRole('form', { name: 'Add a workout' })
  await add.getByLabel('Workout kind').selectOption({ label: 'Run' })
  await add.getByRole('radio', { name: 'Once' }).check()
  const pad = (value: number): string => String(value).padStart(2, '0')
  await add.getByLabel('Date').fill(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`)
  await add.getByLabel('Start time').fill('12:00')
  await add.getByLabel('Duration (minutes)').fill('45')
  await add.getByRole('button', { name: 'Add workout' }).click()
  const comingUp = page.getByRole('region', { name: 'Coming up today' })
  await expect(comingUp).toContainText('Warm-up for your run')
  // The run itself is on the timeline, between its warm-up and its cool-down.
  const lines = await comingUp.getByRole('listitem').allTextContents()
  const lineOf = (text: string): number => lines.findIndex((line) => line.includes(text))
  expect(lineOf('Run starts · 45 min')).toBeGreaterThan(lineOf('Warm-up for your run'))
  expect(lineOf('Cool-down after your run')).toBeGreaterThan(lineOf('Run starts · 45 min'))

  // A coming reminder can be skipped, and the skip undone.
  await comingUp.getByRole('button', { name: /^Skip Warm-up for your run at 11:45\sAM$/ }).click()
  await expect(comingUp.getByRole('status')).toHaveText(/^Skipped: Warm-up for your run at 11:45\sAM\. Undo$/)
  await expect(comingUp.getByRole('listitem').filter({ hasText: 'Warm-up for your run' })).toHaveCount(0)
  await comingUp.getByRole('button', { name: 'Undo' }).click()
  await expect(comingUp.getByRole('listitem').filter({ hasText: 'Warm-up for your run' })).toHaveCount(1)
  await expect(comingUp.getByRole('status')).toHaveText(/^Warm-up for your run at 11:45\sAM is back on\.$/)

  const pause = page.getByRole('region', { name: 'Pause reminders' })
  await pause.getByRole('button', { name: 'Pause until I turn them back on' }).click()
  await expect(pause).toContainText('Reminders are paused until you turn them back on')
  await expect(comingUp).toContainText('No reminders: they are paused until you turn them back on.')
  await pause.getByRole('button', { name: 'Turn reminders back on' }).click()
  await expect(comingUp).toContainText('Warm-up for your run')
})

test('a 07:00 run says quiet hours hold back its warm-up and one click allows them; at 18:00 the note is gone', async ({
  limber
}) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(10)
  await page.reload()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click()
  const add = page.getByRole('form', { name: 'Add a workout' })
  await add.getByLabel('Workout kind').selectOption({ label: 'Run' })
  await add.getByRole('checkbox', { name: 'Monday' }).check()
  await add.getByLabel('Duration (minutes)').fill('30')
  // The default quiet hours end at 07:00: the warm-up (15 minutes before) would fall inside them.
  const startTime = add.getByLabel('Start time')
  const warmUpHeld = /Quiet hours \(.+\) hold back this workout's .*warm-up reminder \(0?6:45\s?(AM)?\)/
  await startTime.fill('07:00')
  await expect(startTime).toHaveAccessibleDescription(warmUpHeld)
  await expect(add.getByText(warmUpHeld)).toBeVisible()
  await startTime.fill('18:00')
  await expect(add.getByText(/hold back this workout/)).toHaveCount(0)
  await expect(startTime).toHaveAccessibleDescription('')

  await startTime.fill('07:00')
  await add.getByRole('button', { name: 'Add workout' }).click()
  const plan = page.getByRole('region', { name: 'Workout plan' })
  const early = plan.getByRole('listitem').filter({ hasText: /^Run · Mon at 0?7:00/ })
  await expect(early.getByText(warmUpHeld)).toBeVisible()

  await add.getByRole('checkbox', { name: 'Monday' }).check()
  await add.getByLabel('Duration (minutes)').fill('30')
  await add.getByLabel('Start time').fill('18:00')
  await add.getByRole('button', { name: 'Add workout' }).click()
  const evening = plan.getByRole('listitem').filter({ hasText: /^Run · Mon at (6:00\s?PM|18:00)/ })
  await expect(evening).toBeVisible()
  await expect(evening.getByText(/hold back/)).toHaveCount(0)
  await expect(evening.getByRole('button', { name: /Allow reminders for this workout/ })).toHaveCount(0)
  await expect(early.getByText(warmUpHeld)).toBeVisible()
  // No paragraph of advice: one click allows this workout's reminders in quiet hours.
  await expect(early.getByText(/Plan it at another time/)).toHaveCount(0)
  await early.getByRole('button', { name: /^Allow reminders for this workout Run · Mon at 0?7:00/ }).click()
  await expect(plan.getByRole('status')).toContainText(/^Reminders allowed for Run · Mon at 0?7:00/)
  await expect(early.getByText(warmUpHeld)).toHaveCount(0)
  await expect(early).toContainText("This workout's reminders may come in quiet hours and outside your active hours.")
  await early.getByRole('button', { name: /^Hold them back again/ }).click()
  await expect(early.getByText(warmUpHeld)).toBeVisible()
})
