import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { callAsWindow } from './support/window-call'

test.use({ testClock: true })

const DAY_MS = 24 * 3_600_000

/** Everything the History screen shows as text: the chart tables, the streaks and the warning signs. */
async function historyText(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()
  // The figures arrive after the heading; `all()` does not wait, so wait for both charts first (no routines here, so no third).
  const tableToggles = page.getByText('Show as table')
  await expect(tableToggles).toHaveCount(2)
  for (const summary of await tableToggles.all()) await summary.click()
  await expect(page.getByRole('table')).toHaveCount(2)
  const tables = await page.getByRole('table').allInnerTexts()
  const streaks = await page.getByRole('region', { name: 'Streaks' }).innerText()
  const warnings = await page.getByRole('region', { name: 'Warning signs' }).innerText()
  return [...tables, streaks, warnings]
}

test('export, delete all data, import: the history is back as it was', async ({ limber }) => {
  const { page } = limber
  const start = new Date(await limber.clock.now())
  await limber.clock.set(new Date(start.getFullYear(), start.getMonth(), start.getDate() - 6, 9, 0).getTime())
  for (let day = 0; day < 7; day += 1) {
    if (day > 0) await limber.clock.advance(DAY_MS)
    const nowMs = await limber.clock.now()
    for (let drink = 0; drink <= day % 3; drink += 1) await callAsWindow(page, 'logWater', { amountMl: 750 })
    if (day % 3 === 0) {
      await callAsWindow(page, 'logCramp', {
        cramp: {
          startedAtMs: nowMs - 3_600_000,
          leg: 'left',
          location: 'calf',
          severity: 2 + day / 3,
          durationMinutes: 3,
          context: 'at-rest',
          symptoms: [],
          disturbedSleep: false
        }
      })
    }
  }
  await page.goto(`${limber.origin()}/#/history`)
  const before = await historyText(page)
  expect(before.join('\n')).toContain('2,250 ml')

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export everything (JSON)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^limber-\d{4}-\d{2}-\d{2}\.json$/)
  const exportPath = test.info().outputPath('export.json')
  await download.saveAs(exportPath)

  await page.getByRole('button', { name: 'Delete all my data' }).click()
  const confirmation = page.getByRole('textbox', { name: 'Type delete to confirm' })
  await expect(confirmation).toBeFocused()
  await expect(page.getByRole('button', { name: 'Delete everything' })).toBeDisabled()
  await confirmation.fill('delete')
  await page.getByRole('button', { name: 'Delete everything' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'All your data was deleted.' })).toBeVisible()
  await expect(page.getByText('Your journal is empty so far.')).toBeVisible()

  // A cut-short file is refused whole, saying why, and changes nothing.
  const brokenPath = test.info().outputPath('broken.json')
  writeFileSync(brokenPath, readFileSync(exportPath, 'utf8').slice(0, 400))
  const importForm = page.getByRole('form', { name: 'Import a previous export' })
  await importForm.getByLabel('Choose an export file').setInputFiles(brokenPath)
  await importForm.getByRole('button', { name: 'Check file' }).click()
  const refusal = page.getByRole('alert').filter({ hasText: 'This file was not imported. Nothing was changed.' })
  await expect(refusal).toBeVisible()
  await expect(refusal).toContainText('not valid JSON')
  await expect(page.getByText('Your journal is empty so far.')).toBeVisible()

  await importForm.getByLabel('Choose an export file').setInputFiles(exportPath)
  // Everything was deleted, so the settings come back too; that is asked for, never the default.
  const restoreSettings = importForm.getByRole('checkbox', { name: 'Also restore settings from the file' })
  await expect(restoreSettings).not.toBeChecked()
  await restoreSettings.check()
  await importForm.getByRole('button', { name: 'Check file' }).click()
  const preview = importForm.getByRole('region', { name: 'Before you import' })
  await expect(preview).toContainText('Importing this file would add 13 drinks, 3 cramps')
  await expect(preview).toContainText('Your settings are the same as in the file.')
  await importForm.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: /Added 13 drinks, 3 cramps/ })).toBeVisible()
  await page.reload()
  expect(await historyText(page)).toEqual(before)
})
