// `npm run screens` (second part): Today, History and Reminders at 1280×800 and 900×650, light theme, into
// docs/screens/<page>-<width>x<height>.png. A test clock lets the script fill two weeks of history first:
// drinks, warm-ups before a planned run, a few cramps of different severities and today's check-in.
/* global requestAnimationFrame, document -- `settled` and the scrolling run inside the page */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { runnerImport } from 'vite'
import { callService, launchChromium, root, sessionCookie, setClock, startBrowserMode } from './bench-support.mjs'

const outDir = join(root, 'docs', 'screens')
const sizes = [
  [1280, 800],
  [900, 650]
]
const pages = ['today', 'history', 'reminders', 'activities']
const HOUR_MS = 3600_000
const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** Local time `hours` on the day `daysAgo` days before `today`. */
const at = (today, daysAgo, hours) =>
  new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() - daysAgo,
    Math.floor(hours),
    (hours % 1) * 60
  ).getTime()

/** Moves the test clock forward a minute at a time to `targetMs`, answering each reminder as it comes ("drank"). */
async function liveUntil(service, targetMs) {
  const origin = new URL(service.url).origin
  const [cookie] = sessionCookie(service.url)
  const headers = { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, origin }
  for (;;) {
    const clock = await fetch(`${origin}/api/test-clock`, { headers })
    const { nowMs } = await clock.json()
    if (nowMs >= targetMs) return
    await fetch(`${origin}/api/test-clock`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ advanceMs: Math.min(60_000, targetMs - nowMs) })
    })
    const {
      value: { state }
    } = await callService(service, 'getState')
    const waiting = state.reminders.waiting
    if (waiting) await callService(service, 'respondToReminder', { reminderId: waiting.id, response: 'drank' })
  }
}

/** The watch-file fixtures the tests use (FIT written with Garmin's SDK), loaded from their TypeScript source. */
const { watchRunFit } = (
  await runnerImport(join(root, 'src', 'service', 'activity-import', 'testing', 'fit-fixtures.ts'), {
    configFile: false,
    logLevel: 'silent'
  })
).module

/** Imports the run a watch recorded from `startMs`, `minutes` long. */
async function importRun(service, startMs, minutes) {
  const bytes = watchRunFit({ startMs, minutes })
  const name = `Run_${new Date(startMs).toISOString().slice(0, 16).replace(/[-:T]/g, '')}.fit`
  await callService(service, 'importActivities', {
    files: [{ name, dataBase64: Buffer.from(bytes).toString('base64') }]
  })
}

/**
 * Two weeks of a runner's journal, ending today at 14:30. Reminders stay paused while the clock leaps over
 * the past days (a leap would count as a sleep); today runs a minute at a time, each reminder answered.
 */
async function seed(service, today) {
  await setClock(service, at(today, 16, 9))
  await callService(service, 'pauseReminders', { until: 'turned-on' })
  const days = [...new Set(['mon', 'wed', 'fri', weekdayKeys[today.getDay()]])]
  const run = { id: 'evening-run', kind: 'run', time: '18:00', durationMinutes: 45 }
  await callService(service, 'updateSettings', { workouts: [{ ...run, schedule: { type: 'weekly', weekdays: days } }] })
  const dailyMl = [2250, 1500, 2000, 1750, 2500, 1250, 2000, 2250, 1000, 2000, 1750, 2250, 2500, 1500]
  const drinks = [250, 500, 250, 500, 250, 500, 250]
  for (let daysAgo = 14; daysAgo >= 1; daysAgo -= 1) {
    const dayMs = at(today, daysAgo, 8)
    let totalMl = 0
    for (const [index, amountMl] of drinks.entries()) {
      if (totalMl >= dailyMl[14 - daysAgo]) break
      await setClock(service, dayMs + index * 1.5 * HOUR_MS)
      await callService(service, 'logWater', { amountMl })
      totalMl += amountMl
    }
    if (days.includes(weekdayKeys[new Date(dayMs).getDay()]) && daysAgo % 5 !== 0) {
      await setClock(service, at(today, daysAgo, 17.5))
      await callService(service, 'startRoutine', { routineId: 'warm-up' })
      await setClock(service, at(today, daysAgo, 17.9))
      // The watch recorded the run: longer ones on the days a cramp follows.
      const minutes = [12, 5, 1].includes(daysAgo) ? 75 : 40 + (daysAgo % 3) * 5
      await setClock(service, at(today, daysAgo, 18 + minutes / 60 + 0.2))
      await importRun(service, at(today, daysAgo, 18.03), minutes)
      if (daysAgo % 2 === 0) {
        await setClock(service, at(today, daysAgo, 19.5))
        await callService(service, 'startRoutine', { routineId: 'cool-down' })
        await setClock(service, at(today, daysAgo, 20))
      }
    }
  }
  await setClock(service, at(today, 0, 7.75))
  const cramp = { leg: 'right', location: 'back-of-thigh', durationMinutes: 2, symptoms: [], disturbedSleep: false }
  for (const [daysAgo, hours, severity, context] of [
    [40, 18.7, 3, 'during-workout'],
    [26, 22, 2, 'at-night'],
    [12, 18.8, 4, 'during-workout'],
    [9, 23, 2, 'at-night'],
    [5, 19, 3, 'after-workout'],
    [1, 18.6, 1, 'during-workout']
  ]) {
    await callService(service, 'logCramp', {
      cramp: { ...cramp, startedAtMs: at(today, daysAgo, hours), severity, context }
    })
  }
  await callService(service, 'resumeReminders')
  await callService(service, 'checkInUrine', { level: 2 })
  await liveUntil(service, at(today, 0, 8))
  await callService(service, 'logWater', { amountMl: 250 })
  // A lunchtime run today, recorded by the watch: today's goal rises for it.
  await liveUntil(service, at(today, 0, 13.4))
  await importRun(service, at(today, 0, 12.25), 65)
  const nowMs = at(today, 0, 14.5)
  await liveUntil(service, nowMs)
  return nowMs
}

/** Headless Chromium can shoot a frame before a size change has repainted every layer: wait two frames. */
const settled = (page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))))
  )

/**
 * The day the screenshots show, fixed so that running the script again gives the same pictures (the planned runs
 * and the next reminder depend on the weekday and the hour): a Wednesday.
 */
const shownDay = new Date(2026, 5, 17)

mkdirSync(outDir, { recursive: true })
const service = await startBrowserMode(undefined, ['--test-clock'])
const browser = await launchChromium()
try {
  const nowMs = await seed(service, shownDay)
  const context = await browser.newContext({ reducedMotion: 'reduce', colorScheme: 'light' })
  await context.addCookies(sessionCookie(service.url))
  const page = await context.newPage()
  // The page's clock agrees with the service's, so countdowns and "today" match the seeded day.
  await page.clock.setFixedTime(nowMs)
  const origin = new URL(service.url).origin
  for (const name of pages) {
    await page.goto(`${origin}/#/${name}`)
    await page.waitForSelector('main h1')
    await page.waitForLoadState('networkidle')
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height })
      await settled(page)
      await page.screenshot({ path: join(outDir, `${name}-${width}x${height}.png`) })
    }
  }
  // Issue 13's parts further down their pages: History's patterns and training load, an activity's reasoning.
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`${origin}/#/history`)
  for (const [heading, file] of [
    ['What comes before your cramps', 'history-patterns'],
    ['Training and cramps per week', 'history-training-load']
  ]) {
    await page.getByRole('heading', { name: heading }).waitFor()
    await page.evaluate((name) => {
      const found = [...document.querySelectorAll('h2, h3')].find((h) => h.textContent === name)
      found?.scrollIntoView({ block: 'start' })
    }, heading)
    await settled(page)
    await page.screenshot({ path: join(outDir, `${file}-1280x800.png`) })
  }
  await page.goto(`${origin}/#/activities`)
  await page.getByText('Why?', { exact: true }).first().click()
  await page.getByRole('region', { name: 'Recent activities' }).scrollIntoViewIfNeeded()
  await settled(page)
  await page.screenshot({ path: join(outDir, 'activities-why-1280x800.png') })

  // A screen whose code cannot be fetched (as after an update restarted browser mode): the message in its place.
  await page.setViewportSize({ width: 900, height: 650 })
  await page.goto(`${origin}/#/today`)
  await page.route('**/assets/sources-*.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click()
  await page.getByRole('alert').filter({ hasText: 'This screen could not be shown' }).waitFor()
  await settled(page)
  await page.screenshot({ path: join(outDir, 'screen-failed-900x650.png') })
  await page.unroute('**/assets/sources-*.js')

  // Code the whole window needs after its first frame cannot be fetched: the message for the window.
  await page.route('**/assets/after-paint-*.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
  await page.goto(`${origin}/#/today`)
  await page.reload() // going to another hash alone would keep the loaded page and its code
  await page.getByRole('alert').filter({ hasText: 'Limber could not show this window' }).waitFor()
  await settled(page)
  await page.screenshot({ path: join(outDir, 'window-failed-900x650.png') })
} finally {
  await browser.close()
  service.child.kill('SIGTERM')
}
console.log(`Screenshots of Today, History, Reminders, Activities, a failed screen and a failed window in ${outDir}`)
