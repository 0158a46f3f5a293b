// `npm run bench`: bundle size and time-to-paint against a bare React page, browser-mode memory, five years of journal, the player's cost per second against a bare countdown, and browser mode under 50 concurrent clients.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { benchFiveYearJournal, printFiveYearJournal } from './bench-journal.mjs'
import { benchLoad, printLoad, runLoadSection } from './bench-load.mjs'
import {
  benchPaint,
  buildPaintSite,
  paintNote,
  paintRow,
  runPaintSection,
  startPaintService,
  timeToPaint
} from './bench-paint.mjs'
import { benchPlayer, printPlayer, runPlayerSection } from './bench-player.mjs'
import { benchRenders, printRenders, runRendersSection } from './bench-renders.mjs'
import { benchImport, printImport, runImportSection } from './bench-import.mjs'
import { chromiumPath, launchChromium, root, sessionCookie, startBrowserMode } from './bench-support.mjs'

const runs = Number(process.env.BENCH_RUNS ?? 15)

// `BENCH_ONLY=player npm run bench`: just the routine player against the bare countdown.
if (process.env.BENCH_ONLY === 'player') {
  await runPlayerSection()
  process.exit(0)
}
// `BENCH_ONLY=load npm run bench`: just browser mode under many concurrent clients.
if (process.env.BENCH_ONLY === 'load') {
  await runLoadSection()
  process.exit()
}
// `BENCH_ONLY=import`: just reading a 4-hour FIT file through the activity worker, and five years of activities.
if (process.env.BENCH_ONLY === 'import') {
  await runImportSection()
  process.exit(0)
}
// `BENCH_ONLY=renders`: just the components Today re-renders per pushed change.
if (process.env.BENCH_ONLY === 'renders') {
  await runRendersSection()
  process.exit(0)
}
// `BENCH_ONLY=paint`: just Today's first paint against the bare page (after `npx electron-vite build`).
if (process.env.BENCH_ONLY === 'paint') {
  await runPaintSection(runs)
  process.exit(0)
}

const gzipKb = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024

/** Scripts a page loads before it can paint: its entry module and the modules it preloads. */
function initialScripts(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((match) => join(dir, match[1]))
  const all = readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, 'assets', name))
  return { initial: refs, all }
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024

const { siteDir, baselineDir } = await buildPaintSite()
const rendererDir = join(root, 'out', 'renderer')
const ours = initialScripts(rendererDir)
const bare = initialScripts(baselineDir)

const service = await startPaintService(siteDir)
await new Promise((resolve) => setTimeout(resolve, 500))
const serviceRss = rssMb(service.child.pid)
const browser = await launchChromium()
const paint = await benchPaint({ browser, service, runs })
const fiveYears = await benchFiveYearJournal({ browser, startBrowserMode, timeToPaint, sessionCookie, runs })
const serviceRssAfterUse = rssMb(service.child.pid)
service.child.kill('SIGTERM')
const player = await benchPlayer({ browser })
const renders = await benchRenders({ browser })
await browser.close()
const load = await benchLoad()
const activityImport = await benchImport()

const row = (label, limber, baseline, unit) =>
  `${label.padEnd(34)}${limber.toFixed(1).padStart(10)} ${unit}${baseline.toFixed(1).padStart(10)} ${unit}${(limber / baseline).toFixed(2).padStart(9)}×`
console.log(`\nLimber bench (${runs} runs each, medians; headless Chromium ${chromiumPath})\n`)
console.log(`${''.padEnd(34)}${'Limber'.padStart(13)}${'bare React'.padStart(13)}${'ratio'.padStart(10)}`)
console.log(row('renderer JS, initial (gzip)', gzipKb(ours.initial), gzipKb(bare.initial), 'KB'))
console.log(row('renderer JS, all chunks (gzip)', gzipKb(ours.all), gzipKb(bare.all), 'KB'))
console.log(paintRow(paint))
console.log(paintNote)
console.log(
  `\nbrowser-mode service memory: ${serviceRss.toFixed(1)} MB RSS after start, ${serviceRssAfterUse.toFixed(1)} MB after ${runs * 2 + 2} page loads`
)
printFiveYearJournal(fiveYears, runs)
printPlayer(player)
printRenders(renders)
printLoad(load)
printImport(activityImport)
