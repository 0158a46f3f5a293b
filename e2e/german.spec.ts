import type { Page } from '@playwright/test'
import { builtInRoutine } from '../src/core/routines/builtin-routines'
import { defaultReminderSettings } from '../src/core/reminders/reminder-schema'
import { routineSegments, type Segment } from '../src/core/routines/routine-session'
import { localizeRoutine } from '../src/core/text/routine-text'
import { expect, test, type Limber } from './fixtures'

// The browser reports an English system (Playwright's default en-US), so German comes only from the choice.
test.use({ testClock: true })

// The built-in warm-up as the German window words it (its name and its steps' names).
const warmUp = localizeRoutine(builtInRoutine('warm-up')!, 'de')
/** The German word the player shows for a segment's phase. */
const phaseWord = (segment: Segment): string =>
  ({ 'get-ready': 'Bereit machen', work: 'Los', rest: 'Pause', 'switch-sides': 'Seitenwechsel' })[segment.phase]

/** Saves settings through the service, as another window or the command line would. */
async function updateSettings(limber: Limber, data: Record<string, unknown>): Promise<void> {
  const response = await limber.page.request.post(`${limber.origin()}/api/call/updateSettings`, {
    headers: { origin: limber.origin() },
    data
  })
  expect(response.ok()).toBe(true)
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hauptmenü' })

test('choosing Deutsch in Settings turns the window German, with German numbers and a 24-hour clock', async ({
  limber
}) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(14, 5)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Language').selectOption({ label: 'Deutsch' })
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByLabel('Sprache')).toHaveValue('de')
  await expect(page.getByLabel('Tagesziel (ml)')).toHaveValue('2000')

  await mainNav(page).getByRole('link', { name: 'Heute' }).click()
  await expect(page.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Ein Glas (250 ml)' }).click()
  await page.getByRole('button', { name: 'Eine Flasche (500 ml)' }).click()
  const ring = page.getByRole('progressbar', { name: 'Wasser heute' })
  // Intl writes "2.000" and puts a no-break space before the unit and the percent sign.
  await expect(ring).toHaveAttribute('aria-valuetext', /^750\sml von 2\.000\sml$/)
  await expect(page.getByText(/^37\s%\sdeines Tagesziels$/)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /eingetragen/ })).toHaveText(
    /^500\sml eingetragen\. Jetzt 750\sml von 2\.000\sml\.$/
  )
  const drinks = page.getByRole('region', { name: 'Getränke heute' })
  await expect(drinks.getByRole('listitem').first()).toContainText('14:05')
  await expect(drinks.getByRole('button', { name: /^Entfernen 500\sml um 14:05$/ })).toBeVisible()

  // The choice is kept: a reload starts in German again.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Heute', level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('button', { name: 'Letztes Getränk zurücknehmen' })).toBeVisible()

  // Back to the system's language: English here, with English numbers and clock again.
  await mainNav(page).getByRole('link', { name: 'Einstellungen' }).click()
  await page.getByLabel('Sprache').selectOption({ label: 'Systemsprache (English)' })
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('progressbar', { name: 'Water today' })).toHaveAttribute(
    'aria-valuetext',
    /^750\sml of 2,000\sml$/
  )
  await expect(page.getByRole('button', { name: /^Remove 500\sml at 2:05\sPM$/ })).toBeVisible()
})

test('the routine player speaks German: get ready, go, switch sides, rest and paused', async ({ limber }) => {
  test.setTimeout(90_000)
  const { page } = limber
  await updateSettings(limber, { language: 'de' })
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await mainNav(page).getByRole('link', { name: 'Routinen' }).click()
  await page.getByRole('button', { name: `Starten ${warmUp.name}` }).click()
  await expect(page.getByRole('timer')).toBeVisible()

  const segments = routineSegments(warmUp, 5000)
  const lastNeeded = Math.max(
    segments.findIndex((segment) => segment.phase === 'switch-sides'),
    segments.findIndex((segment) => segment.phase === 'rest')
  )
  expect(lastNeeded).toBeGreaterThan(0)
  const seen = new Set<string>()
  for (const segment of segments.slice(0, lastNeeded + 1)) {
    await limber.clock.advance(1000)
    await expect(page.getByRole('heading', { level: 2, name: warmUp.steps[segment.stepIndex]!.name })).toBeVisible()
    await expect(page.locator('.phase-word')).toHaveText(phaseWord(segment))
    seen.add(phaseWord(segment))
    await limber.clock.advance(segment.durationMs - 1000)
  }
  expect([...seen].sort()).toEqual(['Bereit machen', 'Los', 'Pause', 'Seitenwechsel'])

  await page.getByRole('button', { name: 'Anhalten' }).click()
  await expect(page.locator('.phase-word')).toHaveText('Angehalten')
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeVisible()
})

test('a drink reminder comes as a German banner; "Getrunken" logs it', async ({ limber }) => {
  const { page } = limber
  await limber.clock.setTomorrowAt(10)
  await page.reload()
  // Every day active around the clock, no quiet hours, a drink reminder every 30 minutes.
  const defaults = defaultReminderSettings()
  await updateSettings(limber, {
    language: 'de',
    reminders: {
      ...defaults,
      hydration: { enabled: true, intervalMinutes: 30 },
      quietHours: { ...defaults.quietHours, enabled: false }
    },
    activeHours: Object.fromEntries(
      ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [
        day,
        { enabled: true, start: '00:00', end: '23:59' }
      ])
    )
  })
  await expect(mainNav(page).getByRole('link', { name: 'Heute' })).toBeVisible()

  await limber.clock.advance(31 * 60_000)
  const banner = page.getByRole('region', { name: 'Erinnerung', exact: true })
  await expect(banner.getByRole('heading', { name: 'Zeit für einen Schluck' })).toBeVisible()
  const body = await banner.getByText(/^Trink etwa [\d.]+\sml$/).textContent()
  const amount = Number(/([\d.]+)/.exec(body ?? '')?.[1]?.replace('.', ''))
  expect(amount).toBeGreaterThan(0)
  await banner.getByRole('button', { name: 'Getrunken' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.getByRole('progressbar', { name: 'Wasser heute' })).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^${amount}\\sml von 2\\.000\\sml$`)
  )
})
