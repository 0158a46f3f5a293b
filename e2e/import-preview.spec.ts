import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { exportBundle, exportFiles } from '../src/core/transfer/data-export'
import { emptyJournal } from '../src/core/journal/journal'
import { emptyRoutineLibrary } from '../src/core/routines/routine-library'
import { defaultSettings } from '../src/core/settings/settings'

/** An export from another computer: one drink, and a 3,000 ml goal with 330 ml glasses. */
function otherComputersExport(): string {
  const nowMs = Date.now()
  const bundle = exportBundle(
    {
      settings: { ...defaultSettings(), setupCompleted: true, dailyGoalMl: 3000, glassMl: 330 },
      journal: { ...emptyJournal(), water: [{ id: 'elsewhere-1', loggedAtMs: nowMs - 3_600_000, amountMl: 400 }] },
      routines: emptyRoutineLibrary(),
      hotDays: []
    },
    nowMs
  )
  const path = test.info().outputPath('other-computer.json')
  writeFileSync(path, exportFiles(bundle).json)
  return path
}

async function checkFile(page: Page, path: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click()
  const importForm = page.getByRole('form', { name: 'Import a previous export' })
  await importForm.getByLabel('Choose an export file').setInputFiles(path)
  await importForm.getByRole('button', { name: 'Check file' }).click()
}

test('an import keeps your settings unless asked, and says what the file would change first', async ({ limber }) => {
  const { page } = limber
  await checkFile(page, otherComputersExport())
  await expect(page.getByRole('checkbox', { name: 'Also restore settings from the file' })).not.toBeChecked()
  const preview = page.getByRole('region', { name: 'Before you import' })
  await expect(preview).toContainText('Importing this file would add 1 drink.')
  await expect(preview).toContainText('Your settings stay as they are. The file has different values for:')
  const differences = preview.getByRole('list', { name: 'Settings in the file that differ from yours' })
  await expect(differences.getByRole('listitem')).toHaveText([
    'Daily goal: 2,000 ml → 3,000 ml',
    'Glass size: 250 ml → 330 ml'
  ])

  // Nothing has changed yet.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('button', { name: 'Add a glass (250 ml)' })).toBeVisible()
  await expect(page.getByText(/^0 ml of 2,000 ml$/)).toBeVisible()

  await checkFile(page, otherComputersExport())
  await page.getByRole('region', { name: 'Before you import' }).getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 drink.' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Settings restored' })).toHaveCount(0)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('button', { name: 'Add a glass (250 ml)' })).toBeVisible()
})

test('ticking "Also restore settings" shows what would be replaced, and Import replaces it', async ({ limber }) => {
  const { page } = limber
  await checkFile(page, otherComputersExport())
  await page.getByRole('checkbox', { name: 'Also restore settings from the file' }).check()
  const preview = page.getByRole('region', { name: 'Before you import' })
  await expect(preview).toContainText('These settings would be replaced by the file’s:')
  await preview.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Settings restored.' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('button', { name: 'Add a glass (330 ml)' })).toBeVisible()
})

test('Cancel after checking imports nothing', async ({ limber }) => {
  const { page } = limber
  await checkFile(page, otherComputersExport())
  await page.getByRole('region', { name: 'Before you import' }).getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported.' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByText(/^0 ml of 2,000 ml$/)).toBeVisible()
})
