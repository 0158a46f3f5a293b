import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inThreadActivityParser } from './activity-parser'
import { ActivityImportError } from './import-errors'
import type { ActivityReadProgress } from './read-activity-file'
import { buildActivityWorker, type BuiltActivityWorker } from './testing/build-activity-worker'
import { bulkActivityFit } from './testing/fit-bulk'
import { cutShort, watchRunFit } from './testing/fit-fixtures'
import { rideTcx } from './testing/xml-fixtures'
import { zipArchive } from './testing/zip-writer'
import { createWorkerActivityParser } from './worker-activity-parser'

const startMs = Date.UTC(2026, 2, 2, 6, 2)
let worker: BuiltActivityWorker

beforeAll(async () => {
  worker = await buildActivityWorker()
}, 60_000)
afterAll(() => worker.remove())

async function refusal(parse: Promise<unknown>): Promise<ActivityImportError> {
  const error: unknown = await parse.then(
    () => new Error('expected the file to be refused'),
    (thrown: unknown) => thrown
  )
  if (error instanceof ActivityImportError) return error
  throw error
}

describe('the worker activity parser', () => {
  it('reads a zip of two activities in a worker exactly as in-thread, with progress per file', async () => {
    const zip = zipArchive([
      { path: 'run.fit', bytes: watchRunFit({ startMs }) },
      { path: 'ride.tcx', bytes: rideTcx() }
    ])
    const progress: ActivityReadProgress[] = []
    const parser = createWorkerActivityParser(worker.file)
    const results = await parser.parse('watch.zip', zip, { onProgress: (step) => progress.push(step) })
    expect(results).toEqual(await inThreadActivityParser.parse('watch.zip', zip))
    expect(results.map((result) => result.ok && result.summary.durationMs)).toEqual([65 * 60_000, 32 * 60_000])
    expect(progress.map((step) => step.doneFiles)).toEqual([1, 2])
    expect(progress.at(-1)?.totalBytes).toBe(zip.length)
  })

  it('passes a refusal back with its code and message', async () => {
    const parser = createWorkerActivityParser(worker.file)
    const error = await refusal(parser.parse('run.fit', cutShort(watchRunFit({ startMs, minutes: 10 }))))
    expect(error.code).toBe('fit-truncated')
    expect(error.message).toBe('This FIT file is cut short (it may not have finished copying).')
  })

  it('leaves the caller its bytes (the worker gets a copy)', async () => {
    const bytes = watchRunFit({ startMs, minutes: 10 })
    const before = bytes.slice()
    await createWorkerActivityParser(worker.file).parse('run.fit', bytes)
    expect(bytes).toEqual(before)
  })

  it('keeps the service thread responsive while a large FIT is parsed, and reports bytes done', async () => {
    const bytes = bulkActivityFit({ startMs, seconds: 40 * 3600, perSecond: 2 }) // 40 hours, ~3 MB
    const parser = createWorkerActivityParser(worker.file)
    const progress: number[] = []
    let last = performance.now()
    let longestGapMs = 0
    const ticker = setInterval(() => {
      const now = performance.now()
      longestGapMs = Math.max(longestGapMs, now - last)
      last = now
    }, 10)
    const began = performance.now()
    const results = await parser.parse('long.fit', bytes, { onProgress: ({ doneBytes }) => progress.push(doneBytes) })
    const tookMs = performance.now() - began
    clearInterval(ticker)
    expect(results[0]?.ok && results[0].summary.durationMs).toBe(40 * 3600_000 - 1000)
    // Parsing on this thread would freeze the timer for the whole parse; in the worker it keeps
    // ticking (within 100 ms on a quiet machine; a loaded one, running the suite in parallel, may
    // deschedule this thread briefly, hence the bound relative to the parse).
    expect(tookMs).toBeGreaterThan(500)
    expect(longestGapMs, `parse took ${Math.round(tookMs)} ms`).toBeLessThan(Math.max(100, tookMs / 4))
    expect(progress.length).toBeGreaterThan(3)
    expect(progress.at(-1)).toBe(bytes.length)
  }, 60_000)

  it('stops when cancelled, refusing with the cancelled code', async () => {
    const bytes = bulkActivityFit({ startMs, seconds: 40 * 3600, perSecond: 2 })
    const controller = new AbortController()
    const parser = createWorkerActivityParser(worker.file)
    const parsing = parser.parse('long.fit', bytes, { signal: controller.signal, onProgress: () => controller.abort() })
    const error = await refusal(parsing)
    expect(error.code).toBe('cancelled')
  }, 60_000)

  it('refuses a file needing more memory than the worker is allowed, and stays usable', async () => {
    const bytes = bulkActivityFit({ startMs, seconds: 40 * 3600, perSecond: 2 })
    const tight = createWorkerActivityParser(worker.file, { maxHeapMb: 16 })
    const error = await refusal(tight.parse('long.fit', bytes))
    expect(error.code).toBe('file-too-large')
    const [ride] = await createWorkerActivityParser(worker.file).parse('ride.tcx', rideTcx())
    expect(ride?.ok).toBe(true)
  }, 60_000)
})
