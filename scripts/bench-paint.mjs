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

/** Medians of `runs` alternating loads of Today and the bare page from one browser-mode server (startPaintService). */
export async function benchPaint({ browser, service, runs }) {
  const origin = new URL(service.url).origin
  const cookies = sessionCookie(service.url)
  const todayUrl = `${origin}/`
  const baselineUrl = `${origin}/${baselinePath}/index.html`
  const todayTimes = []
  const baselineTimes = []
  await timeToPaint(browser, todayUrl, todaySelector, cookies)
  await timeToPaint(browser, baselineUrl, 'h1', cookies)
  for (let run = 0; run < runs; run += 1) {
    todayTimes.push(await timeToPaint(browser, todayUrl, todaySelector, cookies))
    baselineTimes.push(await timeToPaint(browser, baselineUrl, 'h1', cookies))
  }
  return { todayMs: median(todayTimes), baselineMs: median(baselineTimes) }
}

export const paintRow = ({ todayMs, baselineMs }) =>
  `${'time until Today has painted*'.padEnd(34)}${todayMs.toFixed(1).padStart(10)} ms${baselineMs.toFixed(1).padStart(10)} ms${(todayMs / baselineMs).toFixed(2).padStart(9)}×`
export const paintNote =
  '* Limber: Today with its numbers (state loaded); bare React: its one <h1>. Both from the same browser-mode server, each load in a fresh context.'

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
