import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
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

test('temp files a crash left in the middle of a save are gone after the next start, and nothing else is', async ({
  limber
}) => {
  const leftovers = ['journal.json.tmp-4912345678a3f09c', 'settings.json.tmp-4912345678b00b1e']
  for (const name of leftovers) writeFileSync(join(limber.dataDir, name), '{"water":[{"id":')
  writeFileSync(join(limber.dataDir, 'my-notes.json.tmp-4912345678a3f09c'), 'not ours')
  await limber.restart({ crash: true })
  await expect(limber.page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  const files = readdirSync(limber.dataDir)
  expect(files.filter((name) => leftovers.includes(name))).toEqual([])
  expect(files).toContain('my-notes.json.tmp-4912345678a3f09c')
  await expect(limber.page.getByRole('alert').filter({ hasText: '.json' })).toHaveCount(0)
})

// As after an update restarted browser mode: the open page asks for files the new build no longer has.
test.describe('code the open page cannot fetch', () => {
  test.beforeEach(() => {
    test.skip(test.info().project.name !== 'browser-mode', 'The desktop window loads its files from disk')
  })

  /** Answers the files matching `glob` with 404, as a server holding another build would. */
  const missing = (page: Page, glob: string) =>
    page.route(glob, (route) => route.fulfill({ status: 404, body: 'Not Found' }))

  test('a screen whose code cannot be fetched says so and offers Reload; the rest of the window still works', async ({
    limber
  }) => {
    const { page } = limber
    await missing(page, '**/assets/history-*.js')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'History' }).click()
    const failed = page.getByRole('alert').filter({ hasText: 'This screen could not be shown' })
    await expect(failed).toBeVisible()
    await expect(failed).toContainText('Your journal and settings are safe')
    await expect(failed.getByRole('button', { name: 'Reload' })).toBeVisible()

    // The header and the other screens still work.
    await nav.getByRole('link', { name: 'Today' }).click()
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
    await expect(failed).toHaveCount(0)

    // Once the file can be fetched again, Reload brings the screen back.
    await page.unroute('**/assets/history-*.js')
    await nav.getByRole('link', { name: 'History' }).click()
    await page.getByRole('button', { name: 'Reload' }).click()
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()
  })

  test('code the whole window needs cannot be fetched: the window says so instead of going blank, and Reload brings it back', async ({
    limber
  }) => {
    // The leave dialog (outside any screen) and Today's later parts share the chunk fetched after the first frame.
    const { page } = limber
    await missing(page, '**/assets/after-paint-*.js')
    await page.reload()
    const failed = page.getByRole('alert').filter({ hasText: 'Limber could not show this window' })
    await expect(failed).toBeVisible()
    await expect(failed).toContainText('Your journal, settings and reminders are safe')
    await expect(page.getByRole('main')).toContainText('Limber could not show this window')

    await page.unroute('**/assets/after-paint-*.js')
    await failed.getByRole('button', { name: 'Reload' }).click()
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expect(failed).toHaveCount(0)
  })
})
