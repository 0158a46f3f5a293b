// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyView } from '../history/history-view'
import { emptyJournal, journalDocument, type Journal, type UrineCheckIn } from './journal'
import { compactJournal, JOURNAL_DETAIL_DAYS, journalNeedsCompaction } from './journal-compaction'
import { localMs, run, testSettings } from '../reminders/planner-fixtures'
import { crampAt, daySummary, drinkAt, journalWith, routineAt } from './journal-fixtures'
import type { FiredReminder } from '../reminders/reminders'
import { routinePurposes } from '../routines/routine'

const reminder = (date: string, time: string): FiredReminder => ({
  id: `hydration:${date}:${time}`,
  kind: 'hydration',
  dueAtMs: localMs(date, time),
  firedAtMs: localMs(date, time),
  catchUp: false,
  response: 'drank'
})
const checkIn = (date: string, level: number): UrineCheckIn => ({
  date,
  checkedAtMs: localMs(date, '08:00'),
  level
})
const drink = (date: string, time: string, amountMl: number, id = `w-${date}-${time}`) =>
  drinkAt(date, time, amountMl, id)
const routine = routineAt
const cramp = (date: string, severity: number) =>
  crampAt(date, '03:00', { id: `c-${date}`, severity, context: 'at-night', disturbedSleep: true })
const summary = daySummary
/** Salvaging the stored form must keep every entry: nothing dropped, nothing changed. */
const expectValid = (journal: Journal) => {
  const { value, dropped } = journalDocument.salvage(JSON.parse(JSON.stringify(journal)) as Record<string, unknown>)
  expect(dropped).toEqual([])
  expect(value).toEqual(journal)
}

// 15 June 2026; the first day kept in detail is 17 March, and the March DST change lies in between.
const now = () => localMs('2026-06-15', '10:00')

describe('journal compaction', () => {
  it('keeps 90 days in detail, counted in calendar days across the March DST change', () => {
    expect(JOURNAL_DETAIL_DAYS).toBe(90)
    const journal = journalWith({ water: [drink('2026-03-16', '23:59', 300), drink('2026-03-17', '00:00', 400)] })
    const compacted = compactJournal(journal, now())
    expect(compacted.water).toEqual([drink('2026-03-17', '00:00', 400)])
    expect(compacted.days).toEqual([summary('2026-03-16', { waterMl: 300, drinks: 1 })])
  })

  it('returns the very same journal when nothing is old enough, so nothing needs writing', () => {
    const journal = journalWith({ water: [drink('2026-03-17', '00:00', 400)], checkIns: [checkIn('2026-03-17', 3)] })
    expect(journalNeedsCompaction(journal, now())).toBe(false)
    expect(compactJournal(journal, now())).toBe(journal)
    expect(compactJournal(emptyJournal(), now())).toEqual(emptyJournal())
  })

  it('folds drinks, routines, reminders and check-ins into one summary per day', () => {
    const journal = journalWith({
      water: [drink('2026-02-01', '08:00', 250), drink('2026-02-01', '23:30', 500), drink('2026-02-02', '09:00', 300)],
      routines: [
        routine('2026-02-01', '07:00', 'warm-up'),
        routine('2026-02-01', '08:00', 'cool-down'),
        routine('2026-02-01', '21:00', 'relief'),
        routine('2026-02-01', '22:00', 'warm-up', false)
      ],
      reminders: [reminder('2026-02-01', '10:00'), reminder('2026-02-01', '12:00'), reminder('2026-02-03', '10:00')],
      checkIns: [checkIn('2026-02-02', 5)]
    })
    expect(journalNeedsCompaction(journal, now())).toBe(true)
    const compacted = compactJournal(journal, now())
    expect(compacted.days).toEqual([
      summary('2026-02-01', {
        waterMl: 750,
        drinks: 2,
        routinesCompleted: { 'warm-up': 1, 'cool-down': 1, relief: 1 },
        remindersFired: 2
      }),
      summary('2026-02-02', { waterMl: 300, drinks: 1, urineLevel: 5 }),
      summary('2026-02-03', { remindersFired: 1 })
    ])
    expect([compacted.water, compacted.routines, compacted.reminders, compacted.checkIns]).toEqual([[], [], [], []])
    expectValid(compacted)
  })

  it('adds to a day summary that is already there and keeps the days sorted and unique', () => {
    const journal = journalWith({
      days: [summary('2026-01-10', { waterMl: 1000, drinks: 4, remindersFired: 3 }), summary('2026-02-20')],
      water: [drink('2026-01-10', '20:00', 500), drink('2026-01-31', '12:00', 200)],
      routines: [routine('2026-01-10', '18:00', 'warm-up')],
      checkIns: [checkIn('2026-01-10', 2)]
    })
    const compacted = compactJournal(journal, now())
    expect(compacted.days).toEqual([
      summary('2026-01-10', {
        waterMl: 1500,
        drinks: 5,
        remindersFired: 3,
        routinesCompleted: { 'warm-up': 1, 'cool-down': 0, relief: 0 },
        urineLevel: 2
      }),
      summary('2026-01-31', { waterMl: 200, drinks: 1 }),
      summary('2026-02-20')
    ])
    // The journal passed in is left as it was.
    expect(journal.days[0]).toEqual(summary('2026-01-10', { waterMl: 1000, drinks: 4, remindersFired: 3 }))
  })

  it('never compacts cramps or the warning signs already shown', () => {
    const journal = journalWith({
      cramps: [cramp('2025-07-01', 4), cramp('2026-06-01', 2)],
      acknowledgedWarnings: ['long:c-2025-07-01'],
      water: [drink('2025-07-01', '10:00', 250)]
    })
    const compacted = compactJournal(journal, now())
    expect(compacted.cramps).toBe(journal.cramps)
    expect(compacted.acknowledgedWarnings).toBe(journal.acknowledgedWarnings)
    expect(compacted.water).toEqual([])
  })

  it('caps a day summary at the stored maxima so the journal always loads', () => {
    const water = Array.from({ length: 1040 }, (_, i) => drink('2026-01-05', '12:00', 3000, `w${i}`))
    const compacted = compactJournal(journalWith({ water }), now())
    expect(compacted.days).toEqual([summary('2026-01-05', { waterMl: 100_000, drinks: 1000 })])
    expectValid(compacted)
  })

  it('does nothing more when run again', () => {
    const journal = journalWith({
      water: [drink('2026-01-05', '12:00', 250)],
      reminders: [reminder('2026-01-05', '11:00')]
    })
    const once = compactJournal(journal, now())
    expect(once).not.toBe(journal)
    expect(compactJournal(once, now())).toBe(once)
    expect(journalNeedsCompaction(once, now())).toBe(false)
  })
})

// Random journals over five months with both DST changes, compacted at random cut-offs: the History screen
// must show the same figures before and after, and the result must load without losing anything.
const dayArb = fc.integer({ min: 0, max: 150 }).map((n) => {
  const at = new Date(2026, 1, 20 + n)
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`
})
const timeArb = fc.oneof(
  fc.constantFrom('00:00', '00:30', '01:59', '02:30', '03:00', '23:30', '23:59'),
  fc
    .integer({ min: 0, max: 1439 })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`)
)
const byTime =
  <T>(key: (entry: T) => number) =>
  (a: T, b: T) =>
    key(a) - key(b)
const journalArb = fc
  .record({
    water: fc.array(fc.tuple(dayArb, timeArb, fc.integer({ min: 1, max: 3000 })), { maxLength: 60 }),
    routines: fc.array(fc.tuple(dayArb, timeArb, fc.constantFrom(...routinePurposes), fc.boolean()), { maxLength: 20 }),
    reminders: fc.array(fc.tuple(dayArb, timeArb), { maxLength: 20 }),
    checkIns: fc.uniqueArray(fc.tuple(dayArb, fc.integer({ min: 1, max: 8 })), { selector: ([d]) => d, maxLength: 15 }),
    cramps: fc.array(fc.tuple(dayArb, fc.integer({ min: 1, max: 5 })), { maxLength: 10 }),
    days: fc.uniqueArray(
      fc.tuple(dayArb, fc.integer({ min: 0, max: 4000 }), fc.option(fc.integer({ min: 1, max: 8 }))),
      {
        selector: ([d]) => d,
        maxLength: 15
      }
    )
  })
  .map((parts): Journal => ({
    water: parts.water.map(([d, t, ml], i) => drink(d, t, ml, `w${i}`)).sort(byTime((e) => e.loggedAtMs)),
    routines: parts.routines
      .map(([d, t, purpose, done], i) => ({ ...routine(d, t, purpose, done), id: `r${i}` }))
      .sort(byTime((e) => e.endedAtMs)),
    reminders: parts.reminders
      .map(([d, t], i) => ({ ...reminder(d, t), id: `m${i}` }))
      .sort(byTime((e) => e.firedAtMs)),
    cramps: parts.cramps
      .map(([d, severity], i) => ({ ...cramp(d, severity), id: `c${i}` }))
      .sort(byTime((e) => e.startedAtMs)),
    days: parts.days
      .map(([d, waterMl, level]) =>
        summary(d, {
          waterMl,
          drinks: Math.ceil(waterMl / 250),
          routinesCompleted: { 'warm-up': waterMl % 3, 'cool-down': waterMl % 2, relief: 0 },
          ...(level === null ? {} : { urineLevel: level })
        })
      )
      .sort((a, b) => a.date.localeCompare(b.date)),
    checkIns: parts.checkIns.map(([d, level]) => checkIn(d, level)).sort((a, b) => a.date.localeCompare(b.date)),
    acknowledgedWarnings: [],
    activities: []
  }))

for (const zone of ['Europe/Berlin', 'America/New_York'] as const) {
  describe(`compaction keeps the History screen's figures (${zone})`, () => {
    beforeAll(() => {
      process.env.TZ = zone
    })
    afterAll(() => {
      process.env.TZ = 'Europe/Berlin'
    })

    it('shows the same history before and after, loads without loss, and is idempotent', () => {
      fc.assert(
        fc.property(
          journalArb,
          dayArb,
          timeArb,
          fc.integer({ min: 0, max: 120 }),
          (journal, today, time, detailDays) => {
            const nowMs = localMs(today, time)
            const settings = testSettings({
              dailyGoalMl: 1500,
              workouts: [run('run', '18:00', { type: 'weekly', weekdays: ['tue', 'sat'] })]
            })
            const view = (j: Journal) => historyView({ journal: j, settings, hotDays: [today], nowMs, warnings: [] })
            const compacted = compactJournal(journal, nowMs, detailDays)
            expect(view(compacted)).toEqual(view(journal))
            expect(compacted.cramps).toBe(journal.cramps)
            expectValid(compacted)
            expect(compactJournal(compacted, nowMs, detailDays)).toBe(compacted)
            expect(compacted === journal).toBe(!journalNeedsCompaction(journal, nowMs, detailDays))
          }
        ),
        { numRuns: 150 }
      )
    })
  })
}
