import { describe, expect, it } from 'vitest'
import { parseFit } from './parse-fit'
import { bulkActivityFit } from './testing/fit-bulk'
import { cutShort, settingsFit, watchRunFit } from './testing/fit-fixtures'
import { refusal } from './testing/refusal'

const startMs = Date.UTC(2026, 2, 2, 6, 2) // 07:02 in Zurich

describe('parseFit', () => {
  it('reads a 65-minute watch run from its session: sport, start, duration, timer time, distance, heart rate, temperature', () => {
    const summary = parseFit(watchRunFit({ startMs }))
    expect(summary).toEqual({
      sport: 'run',
      format: 'fit',
      startMs,
      durationMs: 65 * 60_000,
      movingMs: 63 * 60_000,
      distanceM: 10_584,
      avgHeartRate: 140,
      maxHeartRate: 149,
      avgTemperatureC: 25,
      maxTemperatureC: 26
    })
  })

  it('computes the summary from the records when the file has no session or laps', () => {
    const summary = parseFit(watchRunFit({ startMs, recordsOnly: true }))
    expect(summary.startMs).toBe(startMs)
    // First to last record: the final record is one second before the end.
    expect(summary.durationMs).toBe(65 * 60_000 - 1000)
    expect(summary.movingMs).toBeUndefined()
    expect(summary.distanceM).toBeCloseTo(3779 * 2.8, 1)
    expect(summary.avgHeartRate).toBe(140)
    expect(summary.maxHeartRate).toBe(149)
    expect(summary.avgTemperatureC).toBe(25)
    expect(summary.maxTemperatureC).toBe(26)
    expect(summary.sport).toBe('other')
  })

  it('maps the session sport onto Limber sports', () => {
    expect(parseFit(watchRunFit({ startMs, minutes: 20, sport: 'cycling' })).sport).toBe('ride')
    expect(parseFit(watchRunFit({ startMs, minutes: 20, sport: 'hiking' })).sport).toBe('hike')
    expect(parseFit(watchRunFit({ startMs, minutes: 20, sport: 'training' })).sport).toBe('gym')
  })

  it('refuses a file cut short while copying, naming that', () => {
    const error = refusal(() => parseFit(cutShort(watchRunFit({ startMs }))))
    expect(error.code).toBe('fit-truncated')
    expect(error.message).toBe('This FIT file is cut short (it may not have finished copying).')
  })

  it('refuses a file whose bytes were changed (checksum mismatch)', () => {
    const bytes = watchRunFit({ startMs, minutes: 10 })
    bytes[bytes.length - 40]! ^= 0xff
    expect(refusal(() => parseFit(bytes)).code).toBe('fit-damaged')
  })

  it('refuses a FIT file that holds settings rather than a workout', () => {
    const error = refusal(() => parseFit(settingsFit()))
    expect(error.code).toBe('not-an-activity')
    expect(error.message).toContain('settings')
  })

  it('refuses bytes that are not FIT at all', () => {
    expect(refusal(() => parseFit(new TextEncoder().encode('hello, this is not a FIT file'))).code).toBe(
      'unknown-format'
    )
  })

  it('refuses an activity longer than 48 hours rather than clipping it', () => {
    const error = refusal(() => parseFit(bulkActivityFit({ startMs, seconds: 49 * 3600 })))
    expect(error.code).toBe('implausible-activity')
    expect(error.message).toContain('duration')
  })

  it('reports progress up to the whole file', () => {
    const bytes = bulkActivityFit({ startMs, seconds: 4 * 3600 })
    const done: number[] = []
    parseFit(bytes, (doneBytes, totalBytes) => {
      expect(totalBytes).toBe(bytes.length)
      done.push(doneBytes)
    })
    expect(done.length).toBeGreaterThan(1)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done.at(-1)).toBe(bytes.length)
  })
})
