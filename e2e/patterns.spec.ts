import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { seriousViolations } from './support/axe'
import { callAsWindow } from './support/window-call'
import { watchRunFit } from '../src/service/activity-import/testing/fit-fixtures'

test.use({ testClock: true })

/** Imports FIT files the way the window sends them (base64 over the page's own session); returns how many were added. */
async function importRuns(page: Page, runs: readonly { readonly startMs: number; readonly minutes: number }[]) {
  const files = runs.map((run, index) => ({
    name: `run-${index + 1}.fit`,
    dataBase64: Buffer.from(watchRunFit({ ...run, pauseMinutes: 0 })).toString('base64')
  }))
  return page.evaluate(
    async (input) => {
      const response = await fetch('/api/call/importActivities', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input)
      })
      const outcome = (await response.json()) as { ok: boolean; value?: { added: unknown[] } }
      return outcome.ok ? (outcome.value?.added.length ?? 0) : -1
    },
    { files }
  )
}

const logCramp = (page: Page, startedAtMs: number) =>
  callAsWindow(page, 'logCramp', {
    cramp: {
      startedAtMs,
      leg: 'right',
      location: 'back-of-thigh',
      severity: 3,
      durationMinutes: 2,
      context: 'after-workout',
      symptoms: [],
      disturbedSleep: false
    }
  })

test('History → Patterns: three cramps after long runs, counted against the days with long runs', async ({
  limber
}) => {
  const { page } = limber
  await page.setViewportSize({ width: 1280, height: 900 })
  await limber.clock.setTomorrowAt(9)
  const now = await limber.clock.now()
  const today = new Date(now)
  /** 07:00 (or another hour) `days` days ago, local time. */
  const at = (days: number, hour: number) =>
    new Date(today.getFullYear(), today.getMonth(), today.getDate() - days, hour).getTime()

  // Ten days: long runs (65–70 minutes) on three of them, short runs on three others, no cramps after those.
  const added = await importRuns(page, [
    { startMs: at(9, 7), minutes: 30 },
    { startMs: at(8, 7), minutes: 65 },
    { startMs: at(6, 7), minutes: 25 },
    { startMs: at(5, 7), minutes: 70 },
    { startMs: at(3, 7), minutes: 30 },
    { startMs: at(1, 7), minutes: 65 }
  ])
  expect(added).toBe(6)
  await logCramp(page, at(8, 14))
  await logCramp(page, at(5, 13))

  await page.evaluate(() => (window.location.hash = '#/history'))
  const patterns = page.getByRole('region', { name: 'What comes before your cramps' })
  // Two cramps: too few for counts, and it says so.
  await expect(patterns).toContainText('Patterns need at least 3 logged cramps. So far you have logged 2.')

  // The third cramp, four hours after the last long run: the section counts without a reload.
  await logCramp(page, at(1, 12))
  const counts = patterns.getByRole('list', { name: 'Counts from your journal' })
  await expect(counts.getByRole('listitem').first()).toHaveText(
    '3 of your 3 cramps came within a day of a workout over 60 minutes. ' +
      'You trained that long on 3 of the 10 days since your journal began.'
  )
  await expect(counts).toContainText('None of your 3 cramps started at night')
  await expect(patterns).not.toContainText(/cause|because|due to|trigger/i)

  // The research note, its source linked, and when to see a professional.
  await expect(patterns).toContainText('In a study of 210 Ironman triathletes')
  await expect(patterns).toContainText('They cannot tell you what brings your cramps on.')
  await expect(patterns).toContainText('talk to a doctor or physiotherapist')
  await expect(patterns.getByRole('link', { name: /Increased running speed and previous cramps/ })).toHaveAttribute(
    'href',
    'https://doi.org/10.1136/bjsm.2010.078535'
  )

  // Each cramp's context, newest first.
  const contexts = patterns.getByRole('list', { name: 'Before each cramp' }).getByRole('listitem')
  await expect(contexts).toHaveCount(3)
  await expect(contexts.first()).toContainText(/After a run of 65 minutes \(hard, 2\d\s?°C\), 4 hours before\./)
  await expect(contexts.first()).toContainText('No warm-up before the workout.')
  await expect(contexts.first()).toContainText('Started during the day.')

  // The weekly training load with the cramps beside it, as a chart with a summary and as a table.
  const load = page.getByRole('region', { name: 'Training and cramps per week' })
  await expect(load.getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Training per week for the last 12 weeks: 285 min in all, .* Cramps: 3 in [12] of 12 weeks\.$/
  )
  await expect(load.locator('.load-cramp-count')).not.toHaveCount(0)
  await load.getByText('Show as table').click()
  const crampCells = await load
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => Number(row.querySelectorAll('td')[3]?.textContent)))
  expect(crampCells.reduce((sum, cramps) => sum + cramps, 0)).toBe(3)
  await load.getByRole('button', { name: 'Distance' }).click()
  await expect(load.getByRole('button', { name: 'Distance' })).toHaveAttribute('aria-pressed', 'true')
  await expect(load.getByRole('img')).toHaveAttribute('aria-label', /[\d.]+ km in all/)

  // The counts, the note, the contexts and the chart pass axe like the rest of History.
  expect(await seriousViolations(page)).toEqual([])
})
