// The routine player while a routine runs: DOM mutation records and renderer task time per second, against a bare countdown page.
// On its own: `BENCH_ONLY=player npm run bench`, or `node scripts/bench-player.mjs` after `npx electron-vite build`.
/* global document, window, MutationObserver */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  callService,
  launchChromium,
  median,
  root,
  serveStatic,
  sessionCookie,
  startBrowserMode
} from './bench-support.mjs'

const windowSeconds = Number(process.env.BENCH_PLAYER_SECONDS ?? 10)
const repeats = Number(process.env.BENCH_PLAYER_RUNS ?? 3)
const settleMs = 2000
const target = { recordsPerS: 2, taskRatio: 2 }
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Opens `url` in a fresh context and waits until its `[role="timer"]` shows a countdown (M:SS or MM:SS). */
async function openCountdown(browser, url, cookies = [], contextOptions = {}) {
  const context = await browser.newContext(contextOptions)
  await context.addCookies(cookies)
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => /^\d{1,2}:\d\d$/.test(document.querySelector('[role="timer"]')?.textContent.trim()))
  // Past the get-ready countdown, so the window lies inside one step (steps last 30 s to 5 min).
  await page.waitForFunction(() => document.querySelector('[data-phase="get-ready"]') === null, null, {
    timeout: 15_000
  })
  await sleep(settleMs)
  return { context, page }
}

/** The renderer's cumulative CDP metrics, in seconds. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(list.map(({ name, value }) => [name, value]))
}

/** Mutation records and main-thread time per second over `windowSeconds` of real time on an open page. */
async function measure(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const shownAtStart = await page.locator('[role="timer"]').first().textContent()
  await page.evaluate(() => {
    window.__benchRecords = 0
    const options = { subtree: true, childList: true, attributes: true, characterData: true }
    new MutationObserver((records) => (window.__benchRecords += records.length)).observe(document, options)
  })
  const before = await metrics(cdp)
  const startedMs = performance.now()
  await sleep(windowSeconds * 1000)
  const after = await metrics(cdp)
  const seconds = (performance.now() - startedMs) / 1000
  const records = await page.evaluate(() => window.__benchRecords)
  if ((await page.locator('[role="timer"]').first().textContent()) === shownAtStart)
    throw new Error(`the countdown on ${page.url()} did not move during the window`)
  const msPerS = (name) => ((after[name] - before[name]) * 1000) / seconds
  return {
    recordsPerS: records / seconds,
    taskMsPerS: msPerS('TaskDuration'),
    scriptMsPerS: msPerS('ScriptDuration'),
    styleLayoutMsPerS: msPerS('RecalcStyleDuration') + msPerS('LayoutDuration')
  }
}

/** Medians of each figure over several measurements. */
const medians = (samples) =>
  Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]))

/**
 * The warm-up running in the player (started through the API, real clock, its own browser mode) and
 * the bare countdown, measured alternately in fresh contexts, `repeats` windows each.
 */
export async function benchPlayer({ browser }) {
  // The bare page goes through the bench's small static server, like the baseline React page: a real
  // HTTP document on loopback as the app is, without adding a bench-only route to the app's server.
  const bareServer = await serveStatic(join(root, 'bench', 'countdown'))
  const bareUrl = `http://127.0.0.1:${bareServer.address().port}/`
  const service = await startBrowserMode()
  const playerUrl = `${new URL(service.url).origin}/#/player`
  const cookies = sessionCookie(service.url)
  const player = []
  const still = []
  const bare = []
  try {
    for (let run = 0; run < repeats; run += 1) {
      // Fresh each time: the warm-up's first step lasts five minutes, so no window crosses a step change.
      await callService(service, 'startRoutine', { routineId: 'warm-up' })
      for (const [url, samples, pageCookies, options] of [
        [playerUrl, player, cookies, {}],
        // Reduced motion: the step picture is a still frame, so this is the cost of the ticking alone.
        [playerUrl, still, cookies, { reducedMotion: 'reduce' }],
        [bareUrl, bare, [], {}]
      ]) {
        const { context, page } = await openCountdown(browser, url, pageCookies, options)
        samples.push(await measure(page))
        await context.close()
      }
    }
  } finally {
    service.child.kill('SIGTERM')
    bareServer.close()
  }
  return { player: medians(player), still: medians(still), bare: medians(bare), repeats, windowSeconds }
}

/** The player figures as the bench prints them, with whether the targets are met. */
export function printPlayer({ player, still, bare, repeats, windowSeconds }) {
  const value = (figure, unit) => `${figure.toFixed(1).padStart(9)} ${unit.padEnd(5)}`
  const row = (label, ours, theirs, unit) =>
    `  ${label.padEnd(32)}${value(ours, unit)}${value(theirs, unit)}${(ours / theirs).toFixed(2).padStart(8)}×`
  const met = (ok) => (ok ? 'met' : 'NOT met')
  console.log(
    `\nRoutine player while the warm-up runs (${repeats} windows of ${windowSeconds} s each, medians; real clock)`
  )
  for (const [label, figures] of [
    ['animated step picture', player],
    ['reduced motion (still picture)', still]
  ]) {
    const taskRatio = figures.taskMsPerS / bare.taskMsPerS
    console.log(`  ${label.padEnd(32)}${'player'.padStart(9)}${'bare page*'.padStart(15)}${'ratio'.padStart(14)}`)
    console.log(row('DOM mutation records', figures.recordsPerS, bare.recordsPerS, '/s'))
    console.log(row('renderer task time', figures.taskMsPerS, bare.taskMsPerS, 'ms/s'))
    console.log(row('  of which script', figures.scriptMsPerS, bare.scriptMsPerS, 'ms/s'))
    console.log(row('  of which style + layout', figures.styleLayoutMsPerS, bare.styleLayoutMsPerS, 'ms/s'))
    console.log(
      `  target ≤ ${target.recordsPerS} records/s: ${met(figures.recordsPerS <= target.recordsPerS)} (${figures.recordsPerS.toFixed(1)}/s); ` +
        `target ≤ ${target.taskRatio}× the bare page's task time: ${met(taskRatio <= target.taskRatio)} (${taskRatio.toFixed(2)}×)`
    )
  }
  console.log('  * bench/countdown: one element, a M:SS countdown set once a second, no framework')
}

/** The section on its own, in its own Chromium. */
export async function runPlayerSection() {
  const browser = await launchChromium()
  try {
    printPlayer(await benchPlayer({ browser }))
  } finally {
    await browser.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runPlayerSection()
