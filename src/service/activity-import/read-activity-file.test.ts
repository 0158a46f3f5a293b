import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ActivityImportError, activityImportErrorCodes } from './import-errors'
import { activityImportLimits, type ActivityImportLimits } from './import-limits'
import { readActivityFile, type ActivityFileResult } from './read-activity-file'
import { cutShort, watchRunFit } from './testing/fit-fixtures'
import { entityBombGpx, pngBytes, rideTcx, watchRunGpx } from './testing/xml-fixtures'
import { zipArchive } from './testing/zip-writer'

const startMs = Date.UTC(2026, 2, 2, 6, 2)
const run = watchRunFit({ startMs, minutes: 20, pauseMinutes: 0 })
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function refusal(read: Promise<unknown>): Promise<ActivityImportError> {
  const error: unknown = await read.then(
    () => new Error('expected the file to be refused'),
    (thrown: unknown) => thrown
  )
  if (error instanceof ActivityImportError) return error
  throw error
}
const read = (result: ActivityFileResult) => (result.ok ? result.summary : undefined)

describe('readActivityFile', () => {
  it('picks the parser from the content, whatever the name says, and hashes the bytes', async () => {
    const [fit] = await readActivityFile('morning.gpx', run)
    expect(fit).toMatchObject({ ok: true, fileName: 'morning.gpx', hash: sha256(run) })
    expect(read(fit!)?.format).toBe('fit')
    const [gpx] = await readActivityFile('export.bin', watchRunGpx())
    expect(read(gpx!)?.format).toBe('gpx')
    const [tcx] = await readActivityFile('C:\\Users\\me\\ride.tcx', rideTcx())
    expect(tcx).toMatchObject({ ok: true, fileName: 'ride.tcx' })
    expect(read(tcx!)?.format).toBe('tcx')
  })

  it('gives the same hash for the same file, so a re-import can be recognised', async () => {
    const [first] = await readActivityFile('a.fit', run)
    const [again] = await readActivityFile('copy of a.fit', run.slice())
    expect(first?.ok && again?.ok && first.hash === again.hash).toBe(true)
  })

  it('refuses a picture with a message naming the formats it reads', async () => {
    const error = await refusal(readActivityFile('photo.png', pngBytes()))
    expect(error.code).toBe('unknown-format')
    expect(error.message).toContain('FIT, GPX, TCX')
  })

  it('refuses an empty file and a file above the size limit', async () => {
    expect((await refusal(readActivityFile('empty.fit', new Uint8Array()))).code).toBe('unknown-format')
    const limits: ActivityImportLimits = { ...activityImportLimits, maxFileBytes: 1000 }
    const error = await refusal(readActivityFile('big.fit', run, { limits }))
    expect(error.code).toBe('file-too-large')
    expect(error.message).toContain('MB')
  })

  it('refuses a truncated FIT file as a whole', async () => {
    expect((await refusal(readActivityFile('run.fit', cutShort(run)))).code).toBe('fit-truncated')
  })

  it('reports progress ending with the whole file done', async () => {
    const progress: number[] = []
    await readActivityFile('run.fit', run, { onProgress: ({ doneBytes }) => progress.push(doneBytes) })
    expect(progress.at(-1)).toBe(run.length)
  })

  it('is cancelled before it starts when the signal has already fired', async () => {
    const controller = new AbortController()
    controller.abort()
    expect((await refusal(readActivityFile('run.fit', run, { signal: controller.signal }))).code).toBe('cancelled')
  })

  it('exports every refusal code once', () => {
    expect(new Set(activityImportErrorCodes).size).toBe(activityImportErrorCodes.length)
  })
})

describe('readActivityFile with a zip archive', () => {
  it('yields each activity of a zip with two activities in nested folders, skipping other files', async () => {
    const zip = zipArchive([
      { path: 'Garmin/Activity/', bytes: new Uint8Array() },
      { path: 'Garmin/Activity/2026-03-02-run.fit', bytes: run },
      { path: 'notes.txt', bytes: new TextEncoder().encode('hello') },
      { path: '__MACOSX/Garmin/._ride.tcx', bytes: pngBytes() },
      { path: 'exports/2026/ride.tcx', bytes: rideTcx() }
    ])
    const results = await readActivityFile('export.zip', zip)
    expect(results.map((result) => [result.ok, result.fileName, result.path])).toEqual([
      [true, '2026-03-02-run.fit', 'export.zip/Garmin/Activity/2026-03-02-run.fit'],
      [true, 'ride.tcx', 'export.zip/exports/2026/ride.tcx']
    ])
    expect(results[0]).toMatchObject({ hash: sha256(run) })
    expect(results.map((result) => read(result)?.sport)).toEqual(['run', 'ride'])
  })

  it('keeps the good activities of an archive and names the bad one', async () => {
    const zip = zipArchive([
      { path: 'good.fit', bytes: run },
      { path: 'broken.fit', bytes: cutShort(run) },
      { path: 'hostile.gpx', bytes: entityBombGpx() }
    ])
    const results = await readActivityFile('mixed.zip', zip)
    expect(results.map((result) => (result.ok ? 'ok' : result.problem.code))).toEqual([
      'ok',
      'fit-truncated',
      'xml-doctype'
    ])
  })

  it('refuses an archive with a ../ path, without reading anything from it', async () => {
    const zip = zipArchive([
      { path: 'run.fit', bytes: run },
      { path: '../evil.gpx', bytes: watchRunGpx() }
    ])
    const error = await refusal(readActivityFile('evil.zip', zip))
    expect(error.code).toBe('zip-unsafe-path')
    expect(error.message).toContain('../evil.gpx')
  })

  it('refuses an archive with an absolute path', async () => {
    const zip = zipArchive([{ path: '/etc/evil.gpx', bytes: watchRunGpx() }])
    expect((await refusal(readActivityFile('evil.zip', zip))).code).toBe('zip-unsafe-path')
  })

  it('refuses a zip bomb: an entry inflating beyond the per-file limit stops at the limit', async () => {
    const bomb = new Uint8Array(activityImportLimits.maxFileBytes + 1024 * 1024) // zeros deflate ~1000:1
    const zip = zipArchive([{ path: 'bomb.fit', bytes: bomb }])
    expect(zip.length).toBeLessThan(200_000)
    const error = await refusal(readActivityFile('bomb.zip', zip))
    expect(error.code).toBe('zip-too-large')
    expect(error.message).toContain('64 MB')
  })

  it('refuses an archive whose entries inflate to other sizes than it declares', async () => {
    const smaller = zipArchive([{ path: 'small.gpx', bytes: new Uint8Array(500_000), declaredSize: 1000 }])
    const error = await refusal(readActivityFile('liar.zip', smaller))
    expect(error.code).toBe('zip-damaged')
    expect(error.message).toContain('“small.gpx” unpacks to a different size than the archive says')
    const larger = zipArchive([{ path: 'run.fit', bytes: run, declaredSize: run.length + 10 }])
    expect((await refusal(readActivityFile('liar.zip', larger))).code).toBe('zip-damaged')
  })

  it('refuses an archive whose entries together inflate beyond the total limit', async () => {
    const limits: ActivityImportLimits = { ...activityImportLimits, maxFileBytes: 100_000, maxZipTotalBytes: 150_000 }
    const zip = zipArchive([
      { path: 'a.gpx', bytes: new Uint8Array(90_000) },
      { path: 'b.gpx', bytes: new Uint8Array(90_000) }
    ])
    const error = await refusal(readActivityFile('many.zip', zip, { limits }))
    expect(error.code).toBe('zip-too-large')
  })

  it('refuses an archive listing more entries than the limit', async () => {
    const limits: ActivityImportLimits = { ...activityImportLimits, maxZipEntries: 3 }
    const zip = zipArchive(Array.from({ length: 4 }, (_, index) => ({ path: `${index}.fit`, bytes: run })))
    expect((await refusal(readActivityFile('many.zip', zip, { limits }))).code).toBe('zip-too-many-entries')
  })

  it('refuses a password-protected entry', async () => {
    const zip = zipArchive([{ path: 'run.fit', bytes: run, encrypted: true }])
    expect((await refusal(readActivityFile('locked.zip', zip))).code).toBe('zip-encrypted')
  })

  it('refuses an archive without any activity file, and a damaged archive', async () => {
    const notes = zipArchive([{ path: 'notes.txt', bytes: new TextEncoder().encode('hello') }])
    expect((await refusal(readActivityFile('notes.zip', notes))).code).toBe('zip-no-activities')
    const damaged = zipArchive([{ path: 'run.fit', bytes: run }]).slice(0, 200)
    expect((await refusal(readActivityFile('damaged.zip', damaged))).code).toBe('zip-damaged')
  })
})
