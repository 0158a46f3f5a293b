import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { builtInRoutine } from '../src/core/routines/builtin-routines'
import { expect, test } from './fixtures'
import { seriousViolations } from './support/axe'

/** Sources a reader cannot check or should not trust, as earlier versions named them. */
const weakSource = /publisher not named|running club|not an official body/i

async function open(page: Page, route: string, heading: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/${route}`)
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
}

test('every source on the Sources screen links to a trusted page, and the unsourced moves say they are common practice', async ({
  limber
}) => {
  const { page } = limber
  await open(page, 'sources', 'Sources')
  const sources = page.locator('.source-list > li')
  await expect(sources.first()).toBeVisible()
  await expect(page.locator('main')).not.toContainText(weakSource)

  const cited = sources.filter({ has: page.locator('h2 a') })
  expect(await cited.count()).toBe((await sources.count()) - 1)
  for (const href of await cited.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//)
  }

  const commonPractice = sources.filter({ has: page.getByRole('heading', { name: 'Common coaching practice' }) })
  await expect(commonPractice).toContainText('No organisation or study that Limber cites describes these moves.')
  await expect(commonPractice.getByRole('listitem').filter({ hasText: 'Pre-run warm-up' })).toContainText(
    'Leg swings, Butt kicks'
  )
  await expect(commonPractice.getByRole('listitem').filter({ hasText: 'Post-workout cool-down' })).toContainText(
    'Foam roll the back of the thigh'
  )
  await expect(page.locator('main')).not.toContainText("Used for Limber's general guidance")
  // The study behind the pattern counts says where it is used: History's patterns of what comes before cramps.
  const schwellnus = sources.filter({ has: page.getByRole('link', { name: /Increased running speed/ }) })
  await expect(schwellnus.getByRole('listitem')).toHaveText([
    'Activities and patterns: patterns start at 3 cramps, workouts in the day before a cramp'
  ])
  const nata = sources.filter({ has: page.getByRole('link', { name: /fluid replacement for athletes/ }) })
  await expect(nata).toContainText('Journal of Athletic Training, 2000')
  await expect(nata.getByRole('listitem')).toHaveText(['Reminders: the drink before a workout'])
  const lunges = sources.filter({ has: page.getByRole('link', { name: 'Warm-up and cool-down' }) })
  await expect(lunges).toContainText('NHS inform (NHS Scotland)')
  await expect(lunges).toContainText('Walking lunges')
  expect(await seriousViolations(page)).toEqual([])
})

test('each Prevention section cites its sources as links to https pages', async ({ limber }) => {
  const { page } = limber
  await open(page, 'prevention', 'Prevention')
  await expect(page.locator('main')).not.toContainText(weakSource)
  const lists = page.getByRole('list', { name: 'Sources for this section' })
  await expect(lists).toHaveCount(4)
  const items = lists.getByRole('listitem')
  const links = lists.getByRole('link')
  expect(await links.count()).toBe(await items.count())
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https:\/\//)
  }
  await expect(lists.last()).toContainText('Muscle cramp: Symptoms and causes — Mayo Clinic')
})

test('a copy of the warm-up saved by an earlier version shows the current citations', async ({ limber }) => {
  const warmUp = builtInRoutine('warm-up')!
  const clubWarmUp = ['running-club-dynamic-warm-up', 'hamstring-cramps-article']
  const copy = {
    ...warmUp,
    id: 'warm-up-copy-old',
    name: 'My old warm-up',
    builtIn: false,
    basedOn: 'warm-up',
    sourceIds: clubWarmUp,
    steps: warmUp.steps.map((step) => ({ ...step, sourceIds: clubWarmUp }))
  }
  writeFileSync(
    join(limber.dataDir, 'routines.json'),
    JSON.stringify({ schemaVersion: 1, custom: [copy], builtInEdits: [] })
  )
  await limber.restart()
  const { page } = limber
  await open(page, 'sources', 'Sources')
  await expect(page.locator('main')).not.toContainText(weakSource)
  const commonPractice = page
    .locator('.source-list > li')
    .filter({ has: page.getByRole('heading', { name: 'Common coaching practice' }) })
  await expect(commonPractice.getByRole('listitem').filter({ hasText: 'My old warm-up' })).toContainText(
    'Leg swings, Butt kicks'
  )
})
