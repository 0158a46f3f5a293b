// The paint section of `npm run bench` (alone: `BENCH_ONLY=paint node scripts/bench.mjs`): Today against the
// smallest React page, both served by the same browser-mode server with the same headers and session cookie.
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { mainThreadMsToPaint } from './bench-main-thread.mjs'
import { launchChromium, loadUntilPainted, median, root, sessionCookie, startBrowserMode } from './bench-support.mjs'

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
  const ms = await loadUntilPainted(await context.newPage(), url, selector)
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
 * `pairs` pairs of loads of Today and the bare page, after two warm-up pairs. A pair's two loads follow each other, in
 * alternating order (Today first, then bare first), so a neighbour's burst of work on a shared machine lands on both
 * pages alike; the ratio is taken per pair, and its median and quartiles come with each page's median.
 */
async function pairedRuns(measureToday, measureBaseline, pairs) {
  const todayValues = []
  const baselineValues = []
  const ratios = []
  for (let run = -2; run < pairs; run += 1) {
    const todayFirst = run % 2 === 0
    const first = await (todayFirst ? measureToday : measureBaseline)()
    const second = await (todayFirst ? measureBaseline : measureToday)()
    if (run < 0) continue
    const [today, baseline] = todayFirst ? [first, second] : [second, first]
    todayValues.push(today)
    baselineValues.push(baseline)
    ratios.push(today / baseline)
  }
  return {
    today: median(todayValues),
    baseline: median(baselineValues),
    ratio: median(ratios),
    ratioLow: quantile(ratios, 0.25),
    ratioHigh: quantile(ratios, 0.75)
  }
}

/**
 * Today against the bare page from one browser-mode server (startPaintService): wall time until painted over `runs`
 * pairs, then the page's main-thread CPU until painted (from a trace, so a busy machine barely moves it) over half as many.
 */
export async function benchPaint({ browser, service, runs }) {
  const origin = new URL(service.url).origin
  const cookies = sessionCookie(service.url)
  const pages = [
    [`${origin}/`, todaySelector],
    [`${origin}/${baselinePath}/index.html`, 'h1']
  ]
  const [wallToday, wallBaseline] = pages.map(
    ([url, selector]) =>
      () =>
        timeToPaint(browser, url, selector, cookies)
  )
  const [cpuToday, cpuBaseline] = pages.map(
    ([url, selector]) =>
      () =>
        mainThreadMsToPaint(browser, url, selector, cookies)
  )
  const wall = await pairedRuns(wallToday, wallBaseline, runs)
  const mainThread = await pairedRuns(cpuToday, cpuBaseline, Math.ceil(runs / 2))
  return { wall, mainThread }
}

const statRow = (label, { today, baseline, ratio, ratioLow, ratioHigh }) =>
  `${label.padEnd(34)}${today.toFixed(1).padStart(10)} ms${baseline.toFixed(1).padStart(10)} ms${ratio.toFixed(2).padStart(9)}×  (quartiles ${ratioLow.toFixed(2)}–${ratioHigh.toFixed(2)}×)`
export const paintRow = ({ wall, mainThread }) =>
  `${statRow('time until Today has painted*', wall)}\n${statRow('main-thread CPU until painted*', mainThread)}`
export const paintNote =
  "* Limber: Today with its numbers (state loaded); bare React: its one <h1>. Both from the same browser-mode server, each load in a fresh context; ratios are medians of per-pair ratios (pairs in alternating order). CPU: the page thread's own time, half as many pairs."

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
