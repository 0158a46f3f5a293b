import { describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../core/transfer/data-transfer'
import type { WaterDay } from '../../../core/history/history'
import {
  crampSummary,
  dayAxisLabels,
  formatWeek,
  goalMetStreak,
  importSummary,
  routineSummary,
  severityName,
  warmUpStreak,
  waterSummary
} from './history-wording'

// Node 20 has no navigator, so these run in the en-US locale the window falls back to.
const nothingAdded: ImportReport['added'] = {
  water: 0,
  routines: 0,
  reminders: 0,
  cramps: 0,
  days: 0,
  checkIns: 0,
  customRoutines: 0,
  hotDays: 0
}
const report = (changes: Partial<ImportReport> & { added?: Partial<ImportReport['added']> }): ImportReport => ({
  alreadyThere: 0,
  keptExisting: 0,
  settingsRestored: false,
  ...changes,
  added: { ...nothingAdded, ...changes.added }
})

describe('import summary', () => {
  it('names what was added and that nothing else changed', () => {
    expect(importSummary(report({ added: { water: 42, cramps: 3, routines: 5 } }))).toBe(
      'Added 42 drinks, 3 cramps, and 5 routines. Nothing already in your journal was changed.'
    )
  })

  it('uses the singular for one, and groups thousands', () => {
    expect(importSummary(report({ added: { water: 1234, checkIns: 1 } }))).toBe(
      'Added 1,234 drinks and 1 urine-colour check-in. Nothing already in your journal was changed.'
    )
  })

  it('adds what was already there, what was kept and whether settings came back', () => {
    expect(
      importSummary(report({ added: { cramps: 1 }, alreadyThere: 12, keptExisting: 2, settingsRestored: true }))
    ).toBe(
      'Added 1 cramp. Nothing already in your journal was changed. 12 entries were already there. ' +
        '2 entries with the same id were different; yours were kept. Settings restored.'
    )
    expect(importSummary(report({ alreadyThere: 1, keptExisting: 1 }))).toBe(
      'Nothing new to add. Nothing already in your journal was changed. 1 entry was already there. ' +
        '1 entry with the same id was different; yours was kept.'
    )
  })
})

describe('chart summaries', () => {
  const day = (date: string, met: boolean): WaterDay => ({
    date,
    totalMl: met ? 2000 : 500,
    goalMl: 2000,
    met,
    inProgress: false,
    drinks: 2,
    hotDay: false
  })

  it('words the water chart as the brief and screen readers expect', () => {
    const days = [true, false, true, true, false, true, false].map((met, index) => day(`2026-11-0${index + 1}`, met))
    expect(waterSummary(days)).toBe('Water per day for the last 7 days: goal met on 4 of 7 days')
  })

  it('says today is still in progress rather than counting it as a missed day', () => {
    const days = [day('2026-11-01', true), { ...day('2026-11-02', false), inProgress: true }]
    expect(waterSummary(days)).toBe(
      'Water per day for the last 2 days: goal met on 1 of 2 days. Today is still in progress.'
    )
  })

  it('words the cramp and routine charts', () => {
    expect(
      crampSummary([
        { weekStart: '2026-11-02', count: 1, bySeverity: [0, 1, 0, 0, 0], maxSeverity: 2 },
        { weekStart: '2026-11-09', count: 0, bySeverity: [0, 0, 0, 0, 0], maxSeverity: null }
      ])
    ).toBe('Cramps per week for the last 2 weeks: 1 cramp in 1 of 2 weeks')
    expect(
      routineSummary([
        { weekStart: '2026-11-02', warmUps: 3, coolDowns: 2, workoutsPlanned: 4 },
        { weekStart: '2026-11-09', warmUps: 1, coolDowns: 0, workoutsPlanned: 1 }
      ])
    ).toBe('Routines per week for the last 2 weeks: 4 warm-ups, 2 cool-downs and 5 workouts planned')
  })

  it('names the ends of the severity scale', () => {
    expect([1, 3, 5].map(severityName)).toEqual(['Severity 1 (mild)', 'Severity 3', 'Severity 5 (severe)'])
  })

  it('formats a week as its Monday', () => {
    expect(formatWeek('2026-11-23')).toBe('Nov 23, 2026')
  })
})

describe('streaks', () => {
  it('words both streaks with the best run', () => {
    expect(goalMetStreak({ current: 3, best: 9 })).toBe('Water goal met: 3 days in a row (best 9)')
    expect(goalMetStreak({ current: 1, best: 1 })).toBe('Water goal met: 1 day in a row (best 1)')
    expect(warmUpStreak({ current: 0, best: 5 })).toBe('Warm-up before planned workouts: 0 in a row (best 5)')
  })
})

describe('the 30-day axis', () => {
  it('names the month at the first label and where a new month begins', () => {
    const labels = dayAxisLabels(['2026-10-08', '2026-10-14', '2026-10-20', '2026-10-26', '2026-11-01', '2026-11-06'])
    expect([...labels.values()]).toEqual(['Oct 8', '14', '20', '26', 'Nov 1', '6'])
  })
})
