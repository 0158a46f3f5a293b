// The paint section of `npm run bench` (alone: `BENCH_ONLY=paint node scripts/bench.mjs`): Today against the
// smallest React page, and against the smallest one showing a number formatted with Intl, all served by the same
// browser-mode server with the same headers and session cookie.
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { mainThreadMsToPaint } from './bench-main-thread.mjs'
import { launchChromium, loadUntilPainted, median, root, sessionCookie, startBrowserMode } from './bench-support.mjs'

/** The yardstick pages (folders under bench/, served under the same names), each with what marks it painted. */
const yardsticks = [
  { path: 'bench-baseline', source: 'baseline', selector: 'h1' },
  { path: 'bench-baseline-intl', source: 'baseline-intl', selector: 'h1' }
]

/**
 * The built renderer with each yardstick page built into a folder of its own beside it, so browser mode serves
 * them all; returns the folder to serve and the bare page's build.
 */
export async function buildPaintSite() {
  const siteDir = join(root, 'bench', '.build', 'site')
  rmSync(siteDir, { recursive: true, force: true })
  mkdirSync(siteDir, { recursive: true })
  cpSync(join(root, 'out', 'renderer'), siteDir, { recursive: true })
  for (const { path, source } of yardsticks) {
    await build({
      root: join(root, 'bench', source),
      base: './',
      logLevel: 'silent',
      plugins: [react()],
      build: { outDir: join(siteDir, path), emptyOutDir: true, minify: true, modulePreload: { polyfill: false } }
    })
  }
  return { siteDir, baselineDir: join(siteDir, yardsticks[0].path) }
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
 * `rounds` rounds of loads, after two warm-up rounds: each round loads Today and every yardstick once, one after
 * the other, in an order that rotates from round to round, so a neighbour's burst of work on a shared machine
 * lands on every page alike. Each yardstick's ratio is taken per round; its median and quartiles come with each
 * page's median.
 */
async function roundRobin(measureToday, measureYardsticks, rounds) {
  const pages = [measureToday, ...measureYardsticks]
  const values = pages.map(() => [])
  for (let round = -2; round < rounds; round += 1) {
    const shift = ((round % pages.length) + pages.length) % pages.length
    const order = pages.map((_page, index) => (index + shift) % pages.length)
    const measured = []
    for (const index of order) measured[index] = await pages[index]()
    if (round >= 0) measured.forEach((value, index) => values[index].push(value))
  }
  const [today, ...others] = values
  return others.map((yardstick) => {
    const ratios = today.map((value, round) => value / yardstick[round])
    return {
      today: median(today),
      baseline: median(yardstick),
      ratio: median(ratios),
      ratioLow: quantile(ratios, 0.25),
      ratioHigh: quantile(ratios, 0.75)
    }
  })
}

/**
 * Today against each yardstick from one browser-mode server (startPaintService): wall time until painted over
 * `runs` rounds, then the page's main-thread CPU through that frame (from a trace, so a busy machine barely moves
 * it) over half as many.
 */
export async function benchPaint({ browser, service, runs }) {
  const origin = new URL(service.url).origin
  const cookies = sessionCookie(service.url)
  const pages = [
    [`${origin}/`, todaySelector],
    ...yardsticks.map(({ path, selector }) => [`${origin}/${path}/index.html`, selector])
  ]
  const [wallToday, ...wallYardsticks] = pages.map(
    ([url, selector]) =>
      () =>
        timeToPaint(browser, url, selector, cookies)
  )
  const [cpuToday, ...cpuYardsticks] = pages.map(
    ([url, selector]) =>
      () =>
        mainThreadMsToPaint(browser, url, selector, cookies)
  )
  const [wall, wallIntl] = await roundRobin(wallToday, wallYardsticks, runs)
  const [mainThread, mainThreadIntl] = await roundRobin(cpuToday, cpuYardsticks, Math.ceil(runs / 2))
  return { wall, mainThread, wallIntl, mainThreadIntl }
}

const statRow = (label, { today, baseline, ratio, ratioLow, ratioHigh }) =>
  `${label.padEnd(34)}${today.toFixed(1).padStart(10)} ms${baseline.toFixed(1).padStart(10)} ms${ratio.toFixed(2).padStart(9)}×  (quartiles ${ratioLow.toFixed(2)}–${ratioHigh.toFixed(2)}×)`
export const paintRow = ({ wall, mainThread, wallIntl, mainThreadIntl }) =>
  [
    statRow('time until Today has painted*', wall),
    statRow('main-thread CPU until painted*', mainThread),
    `  against the bare page showing one Intl number (2,000 ml):`,
    statRow('  time until painted', wallIntl),
    statRow('  main-thread CPU until painted', mainThreadIntl)
  ].join('\n')
export const paintNote =
  '* Limber: Today with its numbers (state loaded); bare React: its one <h1>. All pages from the same browser-mode server, each load in a fresh context; "painted" is when Chromium presents the frame holding the element (Element Timing). Ratios are medians of per-round ratios (rounds in rotating order). CPU: the page thread\'s own time through that frame\'s paint, half as many rounds.'

/** `BENCH_ONLY=paint`: just this section (run `npx electron-vite build` first). */
export async function runPaintSection(runs) {
  const { siteDir } = await buildPaintSite()
  const service = await startPaintService(siteDir)
  const browser = await launchChromium()
  const paint = await benchPaint({ browser, service, runs })
  await browser.close()
  service.child.kill('SIGTERM')
  console.log(`\nToday's first paint (${runs} rounds, medians)\n`)
  console.log(`${''.padEnd(34)}${'Limber'.padStart(13)}${'bare React'.padStart(13)}${'ratio'.padStart(10)}`)
  console.log(paintRow(paint))
  console.log(paintNote)
}
