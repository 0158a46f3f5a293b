// The paint section of `npm run bench` (alone: `BENCH_ONLY=paint node scripts/bench.mjs`): Today against the
// smallest React page, both served by the same browser-mode server with the same headers and session cookie.
/* global document, window, MutationObserver, requestAnimationFrame */
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { launchChromium, median, root, sessionCookie, startBrowserMode } from './bench-support.mjs'

/** Where the bare page sits inside the served folder. */
const baselinePath = 'bench-baseline'

/**
 * The built renderer with the bare React page built into a folder of its own beside it, so browser mode serves
 * both; returns the folder to serve and the bare page's build.
 */
export async function buildPaintSite() {
  const siteDir = join(root, 'bench', '.build', 'site')
  rmSync(siteDir, { recursive: true, force: true })
  mkdirSync(siteDir, { recursive: true })
  cpSync(join(root, 'out', 'renderer'), siteDir, { recursive: true })
  const baselineDir = join(siteDir, baselinePath)
  await build({
    root: join(root, 'bench', 'baseline'),
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: baselineDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } }
  })
  return { siteDir, baselineDir }
}

/**
 * Milliseconds from navigation start until `selector` is in the page and a frame has been painted.
 * For Limber that is Today's progress ring holding the real numbers, so loading the state counts.
 */
export async function timeToPaint(browser, url, selector, cookies = []) {
  const context = await browser.newContext()
  await context.addCookies(cookies)
  await context.addInitScript((wanted) => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(wanted)) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => (window.__paintedMs = performance.now()), 0))
    }).observe(document, { childList: true, subtree: true })
  }, selector)
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => window.__paintedMs !== undefined)
  const ms = await page.evaluate(() => window.__paintedMs)
  await context.close()
  return ms
}

const todaySelector = '[role="progressbar"][aria-valuetext]'

/** Browser mode serving the folder buildPaintSite made. */
export const startPaintService = (siteDir) => startBrowserMode(undefined, [], { LIMBER_RENDERER_DIR: siteDir })

/** The value below which `share` of the sorted values lie (nearest rank). */
const quantile = (values, share) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.round(share * (sorted.length - 1)))]
}

/**
 * `runs` pairs of loads of Today and the bare page from one browser-mode server (startPaintService), after two
 * warm-up pairs. Each pair's two loads follow each other, in alternating order (Today first, then bare first), so a
 * neighbour's burst of work on a shared machine lands on both pages alike; the ratio is taken per pair, and its
 * median and quartiles are reported with each page's median.
 */
export async function benchPaint({ browser, service, runs }) {
  const origin = new URL(service.url).origin
  const cookies = sessionCookie(service.url)
  const loadToday = () => timeToPaint(browser, `${origin}/`, todaySelector, cookies)
  const loadBaseline = () => timeToPaint(browser, `${origin}/${baselinePath}/index.html`, 'h1', cookies)
  const todayTimes = []
  const baselineTimes = []
  const ratios = []
  for (let run = -2; run < runs; run += 1) {
    const todayFirst = run % 2 === 0
    const first = await (todayFirst ? loadToday : loadBaseline)()
    const second = await (todayFirst ? loadBaseline : loadToday)()
    if (run < 0) continue
    const [todayMs, baselineMs] = todayFirst ? [first, second] : [second, first]
    todayTimes.push(todayMs)
    baselineTimes.push(baselineMs)
    ratios.push(todayMs / baselineMs)
  }
  return {
    todayMs: median(todayTimes),
    baselineMs: median(baselineTimes),
    ratio: median(ratios),
    ratioLow: quantile(ratios, 0.25),
    ratioHigh: quantile(ratios, 0.75)
  }
}

export const paintRow = ({ todayMs, baselineMs, ratio, ratioLow, ratioHigh }) =>
  `${'time until Today has painted*'.padEnd(34)}${todayMs.toFixed(1).padStart(10)} ms${baselineMs.toFixed(1).padStart(10)} ms${ratio.toFixed(2).padStart(9)}×  (quartiles ${ratioLow.toFixed(2)}–${ratioHigh.toFixed(2)}×)`
export const paintNote =
  '* Limber: Today with its numbers (state loaded); bare React: its one <h1>. Both from the same browser-mode server, each load in a fresh context; the ratio is the median of per-pair ratios (pairs in alternating order).'

/** `BENCH_ONLY=paint`: just this section (run `npx electron-vite build` first). */
export async function runPaintSection(runs) {
  const { siteDir } = await buildPaintSite()
  const service = await startPaintService(siteDir)
  const browser = await launchChromium()
  const paint = await benchPaint({ browser, service, runs })
  await browser.close()
  service.child.kill('SIGTERM')
  console.log(`\nToday's first paint (${runs} runs each, medians)\n`)
  console.log(`${''.padEnd(34)}${'Limber'.padStart(13)}${'bare React'.padStart(13)}${'ratio'.padStart(10)}`)
  console.log(paintRow(paint))
  console.log(paintNote)
}
