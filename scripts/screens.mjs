// `npm run screens`: screenshots of the routine player in focus mode, each phase, light and dark, at 1280×800 and
// 900×650, plus the mini timer and the routines list, into docs/screens/ (built app in browser mode). The service's
// test clock and the page's clock stand still at one moment, so every countdown shows the same time on every run
// and the same pictures come out.
/* global requestAnimationFrame */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { callService, launchChromium, root, sessionCookie, setClock, startBrowserMode } from './bench-support.mjs'

const outDir = join(root, 'docs', 'screens')
const sizes = [
  [1280, 800],
  [900, 650]
]
const themes = ['light', 'dark']

/** Shoots the page at every size and theme as `<name>-<theme>-<width>x<height>.png`. */
async function shootAll(page, name) {
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme })
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height })
      await settled(page)
      await page.screenshot({ path: join(outDir, `${name}-${theme}-${width}x${height}.png`) })
    }
  }
}

/** Headless Chromium can shoot a frame before a theme or size change has repainted every layer: wait two frames. */
const settled = (page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200))))
  )

const skip = async (service, times) => {
  for (let press = 0; press < times; press += 1) await callService(service, 'skipRoutineStep')
}
const phaseIs = (page, phase) => page.waitForSelector(`[data-phase="${phase}"]`)

/** The moment every shot shows: a Wednesday morning, warming up before a run. */
const shownMs = new Date(2026, 5, 17, 7, 30).getTime()

mkdirSync(outDir, { recursive: true })
const service = await startBrowserMode(undefined, ['--test-clock'])
const browser = await launchChromium()
try {
  await setClock(service, shownMs)
  // A drink reminder would sit above the player in every shot.
  await callService(service, 'pauseReminders', { until: 'turned-on' })
  const {
    value: { state }
  } = await callService(service, 'getState')
  const waiting = state.reminders.waiting
  if (waiting) await callService(service, 'respondToReminder', { reminderId: waiting.id, response: 'dismissed' })
  const context = await browser.newContext({ reducedMotion: 'reduce' })
  await context.addCookies(sessionCookie(service.url))
  // Timers still run (the player's frames come), but the page's clock shows the service's moment.
  await context.clock.setFixedTime(shownMs)
  const page = await context.newPage()
  const origin = new URL(service.url).origin
  await page.goto(`${origin}/#/routines`)
  await page.waitForSelector('.routine-card, [class*="routine"]')
  await shootAll(page, 'routines')

  // The warm-up with the default 5 s get-ready: get ready, walk, leg swings left, switch, get ready, right, rest…
  await callService(service, 'startRoutine', { routineId: 'warm-up' })
  await page.goto(`${origin}/#/player`)
  await phaseIs(page, 'get-ready')
  await shootAll(page, 'player-get-ready')
  await skip(service, 2)
  await phaseIs(page, 'work')
  await shootAll(page, 'player-work')
  await callService(service, 'pauseRoutine')
  await phaseIs(page, 'paused')
  await shootAll(page, 'player-paused')
  await callService(service, 'resumeRoutine')
  await skip(service, 1)
  await phaseIs(page, 'switch-sides')
  await shootAll(page, 'player-switch-sides')
  await skip(service, 3)
  await phaseIs(page, 'rest')
  await shootAll(page, 'player-rest')

  const mini = await context.newPage()
  await mini.goto(`${origin}/#/mini`)
  await mini.waitForSelector('[role="timer"]')
  for (const theme of themes) {
    await mini.emulateMedia({ colorScheme: theme })
    await mini.setViewportSize({ width: 320, height: 300 })
    await settled(mini)
    await mini.screenshot({ path: join(outDir, `mini-timer-${theme}-320x300.png`) })
  }
  // A minute of the routine goes by before it is stopped, so the summary shows time taken as it would.
  await setClock(service, shownMs + 60_000)
  await context.clock.setFixedTime(shownMs + 60_000)
  await callService(service, 'stopRoutine')
  await page.waitForSelector('.session-ended')
  await shootAll(page, 'player-stopped')
} finally {
  await browser.close()
  service.child.kill('SIGTERM')
}
console.log(`Screenshots in ${outDir}`)
