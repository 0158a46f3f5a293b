import type { Page } from '@playwright/test'
import { builtInRoutine } from '../src/core/routines/builtin-routines'
import { routineSegments, type Segment } from '../src/core/routines/routine-session'
import { expect, test } from './fixtures'
import { seriousViolations } from './support/axe'

// The default settings: a 5-second get-ready countdown before the first step and after each switch of sides.
test.use({ testClock: true })

const GET_READY_MS = 5000
const warmUp = builtInRoutine('warm-up')!
const pad = (value: number): string => String(value).padStart(2, '0')
/** The countdown a person should read with `remainingMs` left (whole seconds, rounded up). */
const countdown = (remainingMs: number): string => {
  const seconds = Math.ceil(remainingMs / 1000)
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`
}
/** The word the player shows for a segment's phase. */
const phaseWord = (segment: Segment): string =>
  ({ 'get-ready': 'Get ready', work: 'Go', rest: 'Rest', 'switch-sides': 'Switch sides' })[segment.phase]

async function startWarmUp(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  await page.getByRole('button', { name: `Start ${warmUp.name}` }).click()
  await expect(page.getByRole('timer')).toBeVisible()
}

const stepPicture = (page: Page) => page.locator('.player-picture [role="img"]')

test('every step of the default warm-up shows its picture, phase word, side and countdown, in order', async ({
  limber
}) => {
  test.setTimeout(150_000)
  const { page } = limber
  await startWarmUp(page)
  // Focus mode: the navigation is out of the way while the routine runs.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  const segments = routineSegments(warmUp, GET_READY_MS)
  expect(segments.filter((segment) => segment.phase === 'get-ready').length).toBeGreaterThan(1)
  for (const segment of segments) {
    const step = warmUp.steps[segment.stepIndex]!
    await limber.clock.advance(1000)
    await expect(page.getByRole('heading', { level: 2, name: step.name, exact: true })).toBeVisible()
    await expect(page.locator('.phase-word')).toHaveText(phaseWord(segment))
    await expect(page.getByRole('timer')).toHaveText(countdown(segment.durationMs - 1000))
    const picture = stepPicture(page)
    await expect(picture).toBeVisible()
    await expect(picture).toHaveAttribute('aria-label', /\w{3,}/)
    const box = (await picture.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(120)
    const side = segment.phase === 'switch-sides' ? 'right' : segment.side
    if (side) {
      const mark = page.locator('.side-mark')
      await expect(mark).toBeVisible()
      await expect(mark).toHaveText(side === 'left' ? 'LLeft leg' : 'RRight leg')
    }
    await limber.clock.advance(segment.durationMs - 1000)
  }
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible()
  await expect(page.getByText('Counted as done in your journal.')).toBeVisible()
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByText(`${warmUp.name} done at`, { exact: false })).toBeVisible()
})

test('each phase has its own colour and word; paused dims the picture and says so', async ({ limber }) => {
  const { page } = limber
  await startWarmUp(page)
  const band = page.locator('.phase-band')
  const colour = () => band.evaluate((element) => getComputedStyle(element).backgroundColor)
  await expect(page.locator('.phase-word')).toHaveText('Get ready')
  const getReady = await colour()
  await limber.clock.advance(GET_READY_MS)
  await expect(page.locator('.phase-word')).toHaveText('Go')
  const work = await colour()
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.locator('.phase-word')).toHaveText('Paused')
  const paused = await colour()
  expect(new Set([getReady, work, paused]).size).toBe(3)
  const opacity = await stepPicture(page).evaluate((element) => Number(getComputedStyle(element).opacity))
  expect(opacity).toBeLessThan(0.5)
})

test('Space pauses and resumes even right after clicking Skip, and the button does not take it', async ({ limber }) => {
  const { page } = limber
  await startWarmUp(page)
  const [, walk] = routineSegments(warmUp, GET_READY_MS)
  await page.getByRole('button', { name: 'Skip' }).click()
  await expect(page.getByRole('timer')).toHaveText(countdown(walk!.durationMs))
  // Focus is on Skip: a button that swallowed Space would skip again instead of pausing.
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await expect(page.locator('.phase-word')).toHaveText('Paused')
  await expect(page.getByRole('heading', { level: 2, name: warmUp.steps[0]!.name, exact: true })).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
})

test('Esc asks before stopping: Esc again keeps going, "Stop routine" stops', async ({ limber }) => {
  const { page } = limber
  await startWarmUp(page)
  await page.keyboard.press('Escape')
  const dialog = page.getByRole('dialog', { name: 'Stop this routine?' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('timer')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: 'Stop routine' }).click()
  await expect(page.getByRole('heading', { name: 'Routine stopped' })).toBeVisible()
})

test('a warm-up skipped through is recorded with its parts skipped and its real time, not as "done" on Today', async ({
  limber
}) => {
  test.setTimeout(90_000)
  const { page } = limber
  await startWarmUp(page)
  const segments = routineSegments(warmUp, GET_READY_MS)
  for (const [index, segment] of segments.entries()) {
    // Each press waits for the segment it skips to be on screen, so no press lands twice or on the end screen.
    await expect(page.locator('.phase-word')).toHaveText(phaseWord(segment))
    await expect(page.getByRole('timer')).toHaveText(countdown(segment.durationMs))
    await limber.clock.advance(1000)
    await page.getByRole('button', { name: 'Skip' }).click()
    if (index === segments.length - 1) break
  }
  await expect(page.getByRole('heading', { name: 'Routine finished, with parts skipped' })).toBeVisible()
  await expect(page.getByText(/11 of 11 parts skipped/)).toBeVisible()
  await expect(page.getByText(/not counted as done/)).toBeVisible()
  await page.getByRole('button', { name: 'Done' }).click()
  // Done closes the session, then opens Routines: wait for it, or that navigation could follow the click on Today.
  await expect(page.getByRole('heading', { name: 'Routines', level: 1 })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  // Asserted on the log line itself, so a failure prints what Today really says.
  await expect(page.locator('.routine-log li')).toHaveText([
    /Pre-run warm-up finished at .* 11 of 11 parts skipped, in \d+ sec: not counted as done/
  ])
  await expect(page.getByText(`${warmUp.name} done at`, { exact: false })).toHaveCount(0)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`focus mode has no serious or critical accessibility violations in any phase (${colorScheme})`, async ({
    limber
  }) => {
    test.setTimeout(90_000)
    const { page } = limber
    await page.emulateMedia({ colorScheme })
    await startWarmUp(page)
    await page.getByRole('button', { name: 'Pause' }).click()
    await expect(page.locator('.phase-word')).toHaveText('Paused')
    expect(await seriousViolations(page), 'paused').toEqual([])
    await page.getByRole('button', { name: 'Resume' }).click()
    const segments = routineSegments(warmUp, GET_READY_MS)
    const phases = new Set<string>()
    for (const segment of segments) {
      if (!phases.has(segment.phase)) {
        phases.add(segment.phase)
        await limber.clock.advance(1000)
        expect(await seriousViolations(page), segment.phase).toEqual([])
        await limber.clock.advance(segment.durationMs - 1000)
      } else {
        await limber.clock.advance(segment.durationMs)
      }
    }
    expect([...phases].sort()).toEqual(['get-ready', 'rest', 'switch-sides', 'work'])
  })
}

test('cramp relief holds the stretch until "It\'s easing", and the cramp log gets the duration from the hold', async ({
  limber
}) => {
  const { page } = limber
  await page.getByRole('button', { name: 'I have a cramp' }).click()
  await expect(page.getByRole('timer')).toBeVisible()
  await limber.clock.advance(GET_READY_MS + 15_000 + 1000) // get ready, then "Stop and ease off"
  await expect(page.getByRole('heading', { level: 2, name: 'Gentle stretch', exact: true })).toBeVisible()
  await expect(page.getByText('Hold until it eases').first()).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText('00:01')
  await expect(page.getByText('Breathe slowly and keep holding', { exact: false })).toHaveCount(0)
  await limber.clock.advance(94_000)
  // A hold never runs out: it counts up, and after 30 s says to breathe and keep holding.
  await expect(page.getByRole('timer')).toHaveText('01:35')
  await expect(page.getByText('Breathe slowly and keep holding', { exact: false })).toBeVisible()
  await page.getByRole('button', { name: "It's easing" }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Massage the muscle', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Skip' }).click()
  // Warmth and ice are suggestions: their clock counts up and nobody has to wait for it.
  await expect(page.getByRole('heading', { level: 2, name: 'Warm the muscle', exact: true })).toBeVisible()
  await expect(page.getByText('Optional: if it helps').first()).toBeVisible()
  await limber.clock.advance(180_000)
  await expect(page.getByRole('timer')).toHaveText('03:00')
  await expect(page.getByRole('heading', { level: 2, name: 'Warm the muscle', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Done, next' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Later: ice if sore', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Done, next' }).click()
  // One safety note: the relief routine's own, then the general guidance, without saying it twice.
  const note = page.getByRole('complementary', { name: 'When to get help' })
  await expect(note).toContainText('Get urgent help if a cramp lasts more than 10 minutes')
  expect((await note.textContent())!.match(/doctor or physiotherapist/g)).toHaveLength(1)
  await page.getByRole('button', { name: 'Log this cramp' }).click()
  await expect(page.getByRole('heading', { name: 'Log a cramp', level: 1 })).toBeVisible()
  await expect(page.getByLabel('How long did it last? (minutes)')).toHaveValue('1.6')
})
