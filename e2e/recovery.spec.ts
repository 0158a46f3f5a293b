import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test('a damaged settings file is set aside, its good values kept, and the user is told where it went', async ({
  limber
}) => {
  writeFileSync(
    join(limber.dataDir, 'settings.json'),
    JSON.stringify({ schemaVersion: 2, dailyGoalMl: 3000, glassMl: 'big' })
  )
  await limber.restart()
  const { page } = limber
  const backup = readdirSync(limber.dataDir).find((name) => name.startsWith('settings.json.invalid-'))
  expect(backup).toBeDefined()
  const notice = page.getByRole('alert').filter({ hasText: backup! })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Your settings file had values Limber could not use.')
  await expect(page.getByText('0 ml of 3,000 ml', { exact: true })).toBeVisible()
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  await limber.page.reload()
  await expect(page.getByText('0 ml of 3,000 ml', { exact: true })).toBeVisible()
  await expect(notice).toHaveCount(0)
})
