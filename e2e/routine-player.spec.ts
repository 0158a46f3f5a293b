import type { Page } from '@playwright/test'
import { builtInRoutine } from '../src/core/routines/builtin-routines'
import { routineSegments } from '../src/core/routines/routine-session'
import { expect, test } from './fixtures'

// These specs time the routine's own segments; the get-ready countdown has its own spec (player-focus.spec.ts).
test.use({ testClock: true, settings: { getReadySeconds: 0 } })

const warmUp = builtInRoutine('warm-up')!
const pad = (value: number): string => String(value).padStart(2, '0')
/** The countdown a person should read with `remainingMs` left (whole seconds, rounded up). */
const countdown = (remainingMs: number): string => {
  const seconds = Math.ceil(remainingMs / 1000)
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`
}

async function startFromRoutines(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Routines' }).click()
  await page.getByRole('button', { name: `Start ${name}` }).click()
  await expect(page.getByRole('timer')).toBeVisible()
}

test('pausing for a minute keeps the time left; resuming carries on from there', async ({ limber }) => {
  const { page } = limber
  await startFromRoutines(page, warmUp.name)
  const first = routineSegments(warmUp)[0]!
  await limber.clock.advance(10_000)
  const timer = page.getByRole('timer')
  await expect(timer).toHaveText(countdown(first.durationMs - 10_000))
  await page.getByRole('button', { name: 'Pause' }).click()
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await limber.clock.advance(60_000)
  await expect(timer).toHaveText(countdown(first.durationMs - 10_000))
  await page.getByRole('button', { name: 'Resume' }).click()
  // The clock moves only once the service has the resume; otherwise the pause would swallow the advance.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await limber.clock.advance(5_000)
  await expect(timer).toHaveText(countdown(first.durationMs - 15_000))
})

test('keyboard shortcuts pause, resume and skip', async ({ limber }) => {
  const { page } = limber
  await startFromRoutines(page, warmUp.name)
  const [first, second] = routineSegments(warmUp)
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible()
  await page.keyboard.press('Space')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press('ArrowRight')
  const next = warmUp.steps[second!.stepIndex]!
  await expect(page.getByRole('heading', { level: 2, name: next.name, exact: true })).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText(countdown(second!.durationMs))
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('timer')).toHaveText(countdown(first!.durationMs))
})

test('reloading the page mid-step shows the right time left, and the routine kept running', async ({ limber }) => {
  const { page } = limber
  await startFromRoutines(page, warmUp.name)
  const first = routineSegments(warmUp)[0]!
  await limber.clock.advance(17_000)
  await page.reload()
  await expect(page.getByRole('timer')).toHaveText(countdown(first.durationMs - 17_000))
  await limber.clock.advance(3_000)
  await expect(page.getByRole('timer')).toHaveText(countdown(first.durationMs - 20_000))
})

test('after the main thread is blocked for two seconds the countdown is right at its next repaint', async ({
  limber
}) => {
  const { page } = limber
  await startFromRoutines(page, warmUp.name)
  const first = routineSegments(warmUp)[0]!
  await limber.clock.advance(5_000)
  await expect(page.getByRole('timer')).toHaveText(countdown(first.durationMs - 5_000))
  // Busy-wait on performance.now(), which the page's fixed clock leaves running, while the service's time moves on.
  const blocked = page.evaluate(() => {
    const deadline = performance.now() + 2_000
    let spins = 0
    while (performance.now() < deadline) spins += 1
    return spins
  })
  await Promise.all([blocked, limber.clock.advance(2_000)])
  // The page repaints at least once a second; a tick-counting timer would stay behind for good.
  await expect(page.getByRole('timer')).toHaveText(countdown(first.durationMs - 7_000), { timeout: 2_000 })
})

test('a paused routine is still there, with the same time left, after the companion crashes and starts again', async ({
  limber
}) => {
  await startFromRoutines(limber.page, warmUp.name)
  const first = routineSegments(warmUp)[0]!
  const firstStep = warmUp.steps[first.stepIndex]!
  await limber.clock.advance(7_000)
  await limber.page.getByRole('button', { name: 'Pause' }).click()
  await expect(limber.page.getByRole('timer')).toHaveText(countdown(first.durationMs - 7_000))

  await limber.restart({ crash: true })
  const { page } = limber
  await page.evaluate(() => (window.location.hash = '#/player'))
  await expect(page.getByRole('heading', { level: 2, name: firstStep.name, exact: true })).toBeVisible()
  await expect(page.getByRole('timer')).toHaveText(countdown(first.durationMs - 7_000))
  await page.getByRole('button', { name: 'Resume' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await limber.clock.advance(3_000)
  await expect(page.getByRole('timer')).toHaveText(countdown(first.durationMs - 10_000))
})
