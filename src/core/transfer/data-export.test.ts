// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { beforeAll, describe, expect, it } from 'vitest'
import { csvField, csvLine, exportBundle, exportFiles } from './data-export'
import { exportedAtMs, fixtureData, fixtureJournal } from './data-transfer-fixtures'
import type { CrampEntry } from '../journal/cramps'

beforeAll(() => {
  // Imports are hoisted above the assignment at the top; set it again before the tests make Dates.
  process.env.TZ = 'Europe/Berlin'
})

const bundle = () => exportBundle(fixtureData(), exportedAtMs)

describe('exportBundle', () => {
  it('wraps the data with the format, the version and the time of the export', () => {
    const data = fixtureData()
    expect(exportBundle(data, exportedAtMs)).toEqual({
      format: 'limber-export',
      version: 1,
      exportedAtMs,
      ...data
    })
  })

  it('leaves out fields that ride along on the journal or the library (an import would refuse them)', () => {
    const data = fixtureData()
    const journal = { ...data.journal, cache: 'x' }
    const routines = { ...data.routines, extra: 1 }
    const made = exportBundle({ ...data, journal, routines }, exportedAtMs)
    expect(Object.keys(made.journal)).not.toContain('cache')
    expect(Object.keys(made.routines)).toEqual(['custom', 'builtInEdits'])
  })
})

describe('exportFiles', () => {
  it('names the files after the local date of the export', () => {
    // 21:59 UTC on the 3rd is 23:59 in Berlin, still the 3rd.
    expect(exportFiles(bundle()).fileStem).toBe('limber-2026-07-03')
    expect(exportFiles(exportBundle(fixtureData(), exportedAtMs + 2 * 60_000)).fileStem).toBe('limber-2026-07-04')
  })

  it('writes the whole bundle as 2-space JSON', () => {
    const { json } = exportFiles(bundle())
    expect(JSON.parse(json)).toEqual(bundle())
    expect(json).toContain('\n  "format": "limber-export",\n  "version": 1,')
  })

  it('lists drinks in local time and compacted days as daily totals, in date order', () => {
    expect(exportFiles(bundle()).waterCsv).toBe(
      [
        'date,time,amount_ml,kind',
        '2026-03-01,,2100,daily-total',
        '2026-03-10,08:45,250,drink',
        '2026-03-10,11:45,500,drink',
        // 23:30 UTC is already the next day in Berlin.
        '2026-03-11,00:30,330,drink',
        ''
      ].join('\r\n')
    )
  })

  it('puts a daily total before the drinks of the same date', () => {
    const data = fixtureData()
    const sameDay = { ...data.journal.days[0]!, date: '2026-03-10' }
    const made = exportBundle({ ...data, journal: { ...data.journal, days: [sameDay] } }, exportedAtMs)
    expect(exportFiles(made).waterCsv.split('\r\n').slice(1, 3)).toEqual([
      '2026-03-10,,2100,daily-total',
      '2026-03-10,08:45,250,drink'
    ])
  })

  it('lists cramps with symptoms joined by semicolons and sleep as yes or no (summer time)', () => {
    const data = fixtureData()
    const [cramp] = fixtureJournal().cramps as [CrampEntry]
    const night: CrampEntry = {
      ...cramp,
      id: 'cramp-2',
      startedAtMs: cramp.startedAtMs + 3_600_000,
      symptoms: [],
      context: 'at-night',
      disturbedSleep: true
    }
    const made = exportBundle({ ...data, journal: { ...data.journal, cramps: [night, cramp] } }, exportedAtMs)
    expect(exportFiles(made).crampsCsv).toBe(
      [
        'date,time,leg,location,severity,duration_minutes,context,symptoms,disturbed_sleep',
        '2026-07-02,07:10,left,back-of-thigh,4,2.5,during-workout,swelling;did-not-ease,no',
        '2026-07-02,08:10,left,back-of-thigh,4,2.5,at-night,,yes',
        ''
      ].join('\r\n')
    )
  })

  it('writes only the headers for an empty journal', () => {
    const data = fixtureData()
    const empty = { ...data.journal, water: [], days: [], cramps: [] }
    const files = exportFiles(exportBundle({ ...data, journal: empty }, exportedAtMs))
    expect(files.waterCsv).toBe('date,time,amount_ml,kind\r\n')
    expect(files.crampsCsv).toBe(
      'date,time,leg,location,severity,duration_minutes,context,symptoms,disturbed_sleep\r\n'
    )
  })

  it('lists activities in local time, with empty fields for what the file did not record', () => {
    const data = fixtureData()
    const [run] = fixtureJournal().activities
    const bare = { ...run!, id: 'activity-2', hash: 'b'.repeat(64), startMs: run!.startMs + 86_400_000 }
    for (const key of ['movingMs', 'distanceM', 'avgHeartRate', 'maxHeartRate', 'avgTemperatureC', 'maxTemperatureC'])
      delete (bare as Record<string, unknown>)[key]
    const journal = {
      ...data.journal,
      activities: [{ ...run!, matched: { workoutId: 'w1', date: '2026-07-02' } }, bare]
    }
    expect(exportFiles(exportBundle({ ...data, journal }, exportedAtMs)).activitiesCsv.split('\r\n')).toEqual([
      'date,time,sport,duration_minutes,moving_minutes,distance_km,avg_heart_rate,max_heart_rate,avg_temperature_c,max_temperature_c,planned_workout,file',
      '2026-07-02,07:10,run,65,63,11.25,152,178,21.5,24,yes,Morning_Run.fit',
      '2026-07-03,07:10,run,65,,,,,,,no,Morning_Run.fit',
      ''
    ])
  })

  it('guards every field of a row against formulas', () => {
    const data = fixtureData()
    const [cramp] = fixtureJournal().cramps
    const hostile = { ...cramp, leg: '=HYPERLINK("http://x","y")' } as unknown as CrampEntry
    const made = exportBundle({ ...data, journal: { ...data.journal, cramps: [hostile] } }, exportedAtMs)
    expect(exportFiles(made).crampsCsv.split('\r\n')[1]).toBe(
      `2026-07-02,07:10,"'=HYPERLINK(""http://x"",""y"")",back-of-thigh,4,2.5,during-workout,swelling;did-not-ease,no`
    )
  })
})

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('daily-total')).toBe('daily-total')
    expect(csvField(2.5)).toBe('2.5')
    expect(csvField('')).toBe('')
  })

  it('quotes a field with a comma, a quote or a line break (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
  })

  it('puts an apostrophe before a field a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'].map(csvField)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx"])
    expect(csvField('a=b')).toBe('a=b')
  })

  it('ends each line with CRLF', () => {
    expect(csvLine(['a', 1, 'b,c'])).toBe('a,1,"b,c"\r\n')
  })
})
