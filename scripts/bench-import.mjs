// Activity import: a watch's 4-hour run with 1-second records (written with Garmin's FIT SDK Encoder,
// like the tests do) read through the built activity worker (out/main/activity-worker.js, after
// `npx electron-vite build`): time from hand-over to summary, peak memory (RSS) of the process while
// it runs, and how long the service's event loop went without a turn meanwhile.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { runnerImport } from 'vite'
import { median, root } from './bench-support.mjs'

const workerFile = join(root, 'out', 'main', 'activity-worker.js')
const mb = (bytes) => bytes / (1024 * 1024)

/** The FIT fixture generator, loaded from its TypeScript source. */
async function loadFixtures() {
  const file = join(root, 'src', 'service', 'activity-import', 'testing', 'fit-fixtures.ts')
  const { module } = await runnerImport(file, { configFile: false, logLevel: 'silent' })
  return module
}

/** One import through a fresh worker, as the service does it: resolves to the time, the peak RSS and the longest loop gap. */
function importOnce(name, bytes) {
  return new Promise((resolve, reject) => {
    let peakRss = process.memoryUsage.rss()
    let last = performance.now()
    let longestGapMs = 0
    const sampler = setInterval(() => {
      const now = performance.now()
      longestGapMs = Math.max(longestGapMs, now - last)
      last = now
      peakRss = Math.max(peakRss, process.memoryUsage.rss())
    }, 5)
    const began = performance.now()
    const worker = new Worker(workerFile)
    const finish = (outcome) => {
      clearInterval(sampler)
      void worker.terminate()
      outcome()
    }
    worker.on('message', (report) => {
      if (report.kind === 'done') {
        const tookMs = performance.now() - began
        finish(() => resolve({ tookMs, peakRss, longestGapMs, results: report.results }))
      } else if (report.kind === 'refused') finish(() => reject(new Error(report.problem.message)))
    })
    worker.on('error', (error) => finish(() => reject(error)))
    const copy = bytes.slice()
    worker.postMessage({ name, bytes: copy }, [copy.buffer])
  })
}

/** Five years of daily activities as the journal keeps them: the list alone, and the whole journal file written with it. */
async function fiveYearActivities() {
  const load = async (...path) =>
    (await runnerImport(join(root, 'src', ...path), { configFile: false, logLevel: 'silent' })).module
  const { fiveYearsOfActivities } = await load('core', 'activities', 'activity-fixtures.ts')
  const { emptyJournal, journalDocument } = await load('core', 'journal', 'journal.ts')
  const { serializeDocument } = await load('core', 'journal', 'document.ts')
  const activities = fiveYearsOfActivities()
  const journal = { ...emptyJournal(), activities }
  return {
    count: activities.length,
    listBytes: Buffer.byteLength(JSON.stringify(activities)),
    fileBytes: Buffer.byteLength(JSON.stringify(serializeDocument(journalDocument, journal)))
  }
}

export async function benchImport({ runs = 5 } = {}) {
  if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run \`npx electron-vite build\` first`)
  const { watchRunFit } = await loadFixtures()
  const bytes = watchRunFit({ startMs: Date.UTC(2026, 2, 2, 6, 0), minutes: 240, pauseMinutes: 0 })
  globalThis.gc?.()
  const rssBefore = process.memoryUsage.rss()
  const measured = []
  for (let run = 0; run < runs; run += 1) measured.push(await importOnce('4-hour-run.fit', bytes))
  const summary = measured[0].results[0]?.summary
  if (!summary || summary.durationMs !== 4 * 3600_000) throw new Error(`unexpected summary: ${JSON.stringify(summary)}`)
  return {
    fiveYears: await fiveYearActivities(),
    fileBytes: bytes.length,
    records: 4 * 3600,
    tookMs: median(measured.map((one) => one.tookMs)),
    slowestMs: Math.max(...measured.map((one) => one.tookMs)),
    rssBeforeMb: mb(rssBefore),
    peakRssMb: mb(Math.max(...measured.map((one) => one.peakRss))),
    longestGapMs: Math.max(...measured.map((one) => one.longestGapMs)),
    runs
  }
}

export function printImport(result) {
  console.log(
    `\nactivity import (4-hour FIT, 1-second records: ${result.records} records, ${mb(result.fileBytes).toFixed(2)} MB; built worker, median of ${result.runs})`
  )
  console.log(
    `  import time:   ${result.tookMs.toFixed(0)} ms (slowest ${result.slowestMs.toFixed(0)} ms), worker start included`
  )
  console.log(
    `  peak RSS:      ${result.peakRssMb.toFixed(0)} MB (${result.rssBeforeMb.toFixed(0)} MB before: +${(result.peakRssMb - result.rssBeforeMb).toFixed(0)} MB)`
  )
  console.log(`  event loop:    longest gap ${result.longestGapMs.toFixed(0)} ms while parsing (sampled every 5 ms)`)
  const { count, listBytes, fileBytes } = result.fiveYears
  console.log(
    `  five years of daily activities (${count}): ${(listBytes / 1024).toFixed(0)} KB in the journal (file with them: ${(fileBytes / 1024).toFixed(0)} KB; target under 1 MB)`
  )
}

export async function runImportSection() {
  printImport(await benchImport())
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runImportSection()
