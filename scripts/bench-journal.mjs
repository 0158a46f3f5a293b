// A journal of five years of daily use, for the bench: drinks, routines, reminders, cramps and check-ins.

const DAY_MS = 86_400_000
const pad = (n) => String(n).padStart(2, '0')
const dateKey = (at) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`

/** Five years up to yesterday, as a version 2 journal file would hold it before any compaction. */
export function fiveYearJournal(nowMs, years = 5) {
  const water = []
  const routines = []
  const reminders = []
  const cramps = []
  const checkIns = []
  const today = new Date(nowMs)
  const days = Math.round(years * 365.25)
  for (let back = days; back >= 1; back -= 1) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back)
    const at = (hours, minutes = 0) =>
      new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes).getTime()
    for (let drink = 0; drink < 8; drink += 1) {
      water.push({ id: `w-${back}-${drink}`, loggedAtMs: at(8 + drink * 1.5, 10), amountMl: 250 + (drink % 3) * 50 })
    }
    for (let reminder = 0; reminder < 4; reminder += 1) {
      const dueAtMs = at(9 + reminder * 3)
      reminders.push({
        id: `hydration:${back}-${reminder}`,
        kind: 'hydration',
        dueAtMs,
        firedAtMs: dueAtMs,
        amountMl: 250,
        catchUp: false,
        response: reminder % 2 ? 'drank' : 'none',
        ...(reminder % 2 ? { respondedAtMs: dueAtMs + 60_000 } : {})
      })
    }
    if (back % 2 === 0) {
      for (const [purpose, hours] of [
        ['warm-up', 17],
        ['cool-down', 18]
      ]) {
        routines.push({
          id: `r-${back}-${purpose}`,
          routineId: purpose,
          routineName: purpose === 'warm-up' ? 'Warm-up' : 'Cool-down',
          purpose,
          startedAtMs: at(hours),
          endedAtMs: at(hours, 8),
          completed: true,
          completedFraction: 1
        })
      }
    }
    if (back % 9 === 0) {
      cramps.push({
        id: `c-${back}`,
        loggedAtMs: at(19, 30),
        startedAtMs: at(19),
        leg: back % 2 ? 'left' : 'right',
        location: 'back-of-thigh',
        severity: 1 + (back % 5),
        durationMinutes: 2,
        context: 'after-workout',
        symptoms: [],
        disturbedSleep: false
      })
    }
    checkIns.push({ date: dateKey(day), checkedAtMs: at(8), level: 2 + (back % 4) })
  }
  return { schemaVersion: 2, water, routines, reminders, cramps, days: [], checkIns, acknowledgedWarnings: [] }
}

export { DAY_MS }

/**
 * Five years of journal: what a save would cost without compaction (stringify + atomic write of the
 * whole file), then the real thing: browser mode started on that journal (it compacts on start), the
 * time to log one drink over HTTP (validation, the atomic write, the new state), the file size, and
 * the History screen's load time.
 */
export async function benchFiveYearJournal({ browser, startBrowserMode, timeToPaint, sessionCookie, runs }) {
  const { mkdtempSync, renameSync, statSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const dataDir = mkdtempSync(join(tmpdir(), 'limber-bench-years-'))
  const journalPath = join(dataDir, 'journal.json')
  const raw = fiveYearJournal(Date.now())

  // The journal is written as compact JSON through a temporary file and a rename; do the same uncompacted.
  const uncompactedSaves = []
  for (let run = 0; run < runs; run += 1) {
    const startedMs = performance.now()
    writeFileSync(`${journalPath}.tmp`, JSON.stringify(raw))
    renameSync(`${journalPath}.tmp`, journalPath)
    uncompactedSaves.push(performance.now() - startedMs)
  }
  const uncompactedBytes = statSync(journalPath).size

  const startedMs = performance.now()
  const service = await startBrowserMode(dataDir)
  const firstStartMs = performance.now() - startedMs
  const origin = new URL(service.url).origin
  const cookies = sessionCookie(service.url)
  const cookieHeader = `${cookies[0].name}=${cookies[0].value}`
  const saves = []
  for (let run = 0; run < runs; run += 1) {
    const callStartedMs = performance.now()
    const response = await fetch(`${origin}/api/call/logWater`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieHeader, origin },
      body: JSON.stringify({ amountMl: 250 })
    })
    const outcome = await response.json()
    if (!outcome.ok) throw new Error(`logWater failed: ${JSON.stringify(outcome)}`)
    saves.push(performance.now() - callStartedMs)
  }
  const compactedBytes = statSync(journalPath).size

  const historyUrl = `${origin}/#/history`
  const historySelector = 'figure svg[role="img"]'
  await timeToPaint(browser, historyUrl, historySelector, cookies)
  const historyTimes = []
  for (let run = 0; run < runs; run += 1)
    historyTimes.push(await timeToPaint(browser, historyUrl, historySelector, cookies))
  service.child.kill('SIGTERM')

  return {
    days: Math.round(5 * 365.25),
    entries: raw.water.length + raw.routines.length + raw.reminders.length + raw.cramps.length + raw.checkIns.length,
    uncompactedBytes,
    uncompactedSaveMs: median(uncompactedSaves),
    firstStartMs,
    compactedBytes,
    saveMs: median(saves),
    historyMs: median(historyTimes)
  }
}

/** The five-year figures as the bench prints them. */
export function printFiveYearJournal(result, runs) {
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
  console.log(`\nFive years of journal (${result.days} days, ${result.entries} entries; medians of ${runs})`)
  console.log(
    `  uncompacted file: ${mb(result.uncompactedBytes)}, one save (stringify + write): ${result.uncompactedSaveMs.toFixed(1)} ms`
  )
  console.log(
    `  first start on it (compacts to 90 days of detail + daily totals): ${result.firstStartMs.toFixed(0)} ms`
  )
  console.log(`  compacted file: ${mb(result.compactedBytes)}`)
  console.log(`  log one drink (HTTP call, validation, atomic write, new state): ${result.saveMs.toFixed(1)} ms`)
  console.log(`  History screen until its first chart has painted: ${result.historyMs.toFixed(0)} ms`)
}
