import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { cutShort, watchRunFit } from '../src/service/activity-import/testing/fit-fixtures'
import { expect, test } from './fixtures'
import { seriousViolations } from './support/axe'

test.use({
  testClock: true,
  // A run planned every day at 07:00 for 90 minutes (its planned cool-down reminder: 08:35).
  settings: {
    workouts: [
      {
        id: 'morning-run',
        kind: 'run',
        time: '07:00',
        durationMinutes: 90,
        schedule: { type: 'weekly', weekdays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }
      }
    ]
  }
})

const minuteMs = 60_000

/** Every file of the data folder (the lock aside) and its bytes. */
function folderBytes(dataDir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(dataDir).sort()) {
    const path = join(dataDir, name)
    if (statSync(path).isFile() && !name.endsWith('.lock')) files.set(name, readFileSync(path).toString('base64'))
  }
  return files
}

/** Gives files to the Activities screen's picker. */
async function pick(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) })
}

test('an imported run is the planned run done: the goal rises with its reasoning, the cool-down follows the real end; a second import and a cut-short file change nothing', async ({
  limber
}) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(8)
  const now = new Date(await limber.clock.now())
  const at = (hours: number, minutes: number): number =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes).getTime()
  await limber.clock.set(at(8, 10))
  await page.reload()
  await expect(page.getByText('0 ml of 2,000 ml', { exact: true })).toBeVisible()

  const run = watchRunFit({ startMs: at(7, 2), minutes: 65 })
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activities' }).click()
  await expect(page.getByRole('heading', { name: 'Activities', level: 1 })).toBeVisible()
  await pick(page, 'Morning_Run.fit', run)
  const report = page.getByRole('region', { name: 'Import from your watch' }).getByRole('status')
  await expect(report).toContainText('Added 1 activity:')
  await expect(report).toContainText(/Run, \w{3} 7:02\sAM, 65 min — matched your planned run/)

  const recent = page.getByRole('region', { name: 'Recent activities' })
  const card = recent.getByRole('listitem').filter({ hasText: 'Planned run — done' })
  await expect(card).toHaveCount(1)
  await expect(card).toContainText(/You likely lost \d\.\d–\d\.\d L/)
  await card.getByText('Why?').click()
  await expect(card).toContainText('It lasted 65 minutes.')
  // The file has heart rate, but one activity's own peak is no maximum: effort goes by the sport until there are five.
  await expect(card).toContainText(
    'Limber judges effort by heart rate once 5 of your activities have it; until then a Run counts as moderate.'
  )

  // Today: the goal includes the raise, and says why.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  const raise = page.getByText(/^Goal raised by [\d,]+ ml for today's 65-minute run/)
  await expect(raise).toBeVisible()
  const raisedMl = Number(/by ([\d,]+) ml/.exec((await raise.textContent()) ?? '')?.[1]?.replace(',', ''))
  expect(raisedMl).toBeGreaterThan(1000)
  await expect(page.getByText(`0 ml of ${(2000 + raisedMl).toLocaleString('en-US')} ml`, { exact: true })).toBeVisible()
  await expect(page.getByText(/^Planned run at 7:00\sAM — done, recorded 7:02\sAM–8:07\sAM$/)).toBeVisible()
  await page.getByRole('link', { name: 'Why the goal was raised' }).click()
  await expect(page.getByRole('heading', { name: 'Activities', level: 1 })).toBeVisible()
  await expect(page.getByText('It lasted 65 minutes.')).toBeVisible()

  // Reminders: the cool-down comes 5 minutes after the real end (08:07), not after the planned one (08:30).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reminders' }).click()
  const comingUp = page.getByRole('region', { name: 'Coming up today' })
  const coolDown = comingUp.getByRole('listitem').filter({ hasText: 'Cool-down after your run' })
  await expect(coolDown).toHaveCount(1)
  await expect(coolDown).toContainText(/8:12\sAM/)

  // A weigh-in: an impossible one is refused and changes nothing; a plausible one makes the estimate measured.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activities' }).click()
  await card.getByText('Add a weigh-in').click()
  const weighIn = card.getByRole('form', { name: 'Weigh yourself before and after' })
  await weighIn.getByLabel('Weight before (kg)').fill('70')
  await weighIn.getByLabel('Weight after (kg)').fill('71')
  await weighIn.getByLabel('Drank during (ml)').fill('0')
  await weighIn.getByRole('button', { name: 'Save weigh-in' }).click()
  await expect(weighIn.getByRole('alert')).toHaveText(
    /^These numbers show no weight lost once the drink is counted; nothing was saved\./
  )
  await expect(card).toContainText(/You likely lost/)
  await weighIn.getByLabel('Weight before (kg)').fill('70.4')
  await weighIn.getByLabel('Weight after (kg)').fill('69.6')
  await weighIn.getByLabel('Drank during (ml)').fill('300')
  await weighIn.getByRole('button', { name: 'Save weigh-in' }).click()
  await expect(weighIn.getByRole('status')).toHaveText('Weigh-in saved: the estimate is now measured.')
  await expect(card).toContainText('You lost about 1.1 L (measured)')

  // The same file again: nothing added, and it says so.
  await pick(page, 'Morning_Run.fit', run)
  await expect(report).toContainText('Morning_Run.fit is already in your journal — nothing added.')
  await expect(report).toContainText('No activity was added')
  await expect(recent.getByRole('listitem').filter({ hasText: 'Planned run — done' })).toHaveCount(1)

  // A file cut short is refused with why, and the data folder is byte for byte what it was.
  const before = folderBytes(limber.dataDir)
  await pick(page, 'Cut_Run.fit', cutShort(watchRunFit({ startMs: at(5, 0), minutes: 30 })))
  await expect(page.getByRole('alert').filter({ hasText: 'Cut_Run.fit' })).toHaveText(
    'Cut_Run.fit is cut short — it may not have finished copying. Nothing was changed.'
  )
  expect(folderBytes(limber.dataDir)).toEqual(before)
})

test('files dropped anywhere on the window are imported and reported on the Activities screen', async ({ limber }) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(10)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  const startMs = (await limber.clock.now()) - 90 * minuteMs
  const base64 = Buffer.from(watchRunFit({ startMs, minutes: 40, sport: 'walking' })).toString('base64')
  const transfer = await page.evaluateHandle((data) => {
    const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0))
    const files = new DataTransfer()
    files.items.add(new File([bytes], 'Walk.fit'))
    return files
  }, base64)
  const main = page.getByRole('main')
  await main.dispatchEvent('dragenter', { dataTransfer: transfer })
  await main.dispatchEvent('dragover', { dataTransfer: transfer })
  await expect(page.getByText('Drop to import')).toBeVisible()
  await main.dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.getByText('Drop to import')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Activities', level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Import from your watch' }).getByRole('status')).toContainText(
    /Added 1 activity:\s*Walk, \w{3} 8:30\sAM, 40 min/
  )
  const recent = page.getByRole('region', { name: 'Recent activities' })
  await expect(recent).toContainText('Not in your plan')
  await recent.getByText('Why?').click()
  expect(await seriousViolations(page)).toEqual([])
})
