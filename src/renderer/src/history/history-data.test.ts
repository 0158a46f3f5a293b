import { describe, expect, it } from 'vitest'
import type { CrampWeek, RoutineWeek, WaterDay } from '../../../core/history/history'
import {
  chartTop,
  chartWidth,
  confirmsDeletion,
  countTicks,
  crampTotals,
  dateFromKey,
  daysMet,
  exportFiles,
  labelledIndexes,
  newestFirst,
  noRoutines,
  noWater,
  routineTotals,
  safeStem,
  severitySegments,
  waterWindow
} from './history-data'

const day = (date: string, totalMl: number, goalMl = 2000): WaterDay => ({
  date,
  totalMl,
  goalMl,
  met: totalMl >= goalMl,
  inProgress: false,
  drinks: totalMl > 0 ? 1 : 0,
  hotDay: false
})

const thirtyDays = Array.from({ length: 30 }, (_, index) =>
  day(`2026-11-${String(index + 1).padStart(2, '0')}`, index % 3 === 0 ? 2100 : 800)
)

const week = (weekStart: string, bySeverity: CrampWeek['bySeverity']): CrampWeek => {
  const count = bySeverity.reduce((sum, n) => sum + n, 0)
  const highest = bySeverity.findLastIndex((n) => n > 0)
  return { weekStart, count, bySeverity, maxSeverity: highest === -1 ? null : highest + 1 }
}

describe('water chart data', () => {
  it('takes the last 7 or all 30 days, today last', () => {
    expect(waterWindow(thirtyDays, 7).map((d) => d.date)).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30'
    ])
    expect(waterWindow(thirtyDays, 30)).toHaveLength(30)
    expect(waterWindow(thirtyDays.slice(0, 3), 7)).toHaveLength(3)
  })

  it('counts the days that met their goal', () => {
    expect(daysMet(waterWindow(thirtyDays, 7))).toBe(2)
    expect(daysMet(thirtyDays)).toBe(10)
  })

  it('knows when there is nothing to draw', () => {
    expect(noWater([day('2026-11-01', 0), day('2026-11-02', 0)])).toBe(true)
    expect(noWater([day('2026-11-01', 0), day('2026-11-02', 250)])).toBe(false)
    expect(noWater([])).toBe(true)
  })

  it('always gives the value axis a span', () => {
    expect(chartTop([0, 0])).toBe(1)
    expect(chartTop([])).toBe(1)
    expect(chartTop([1500, 2500])).toBe(2500)
  })
})

describe('cramp chart data', () => {
  it('stacks severities mildest first and leaves out empty ones', () => {
    expect(severitySegments(week('2026-11-02', [2, 0, 1, 0, 1]))).toEqual([
      { severity: 1, from: 0, to: 2 },
      { severity: 3, from: 2, to: 3 },
      { severity: 5, from: 3, to: 4 }
    ])
    expect(severitySegments(week('2026-11-09', [0, 0, 0, 0, 0]))).toEqual([])
  })

  it('totals the cramps and the weeks that had any', () => {
    const weeks = [
      week('2026-11-02', [2, 0, 1, 0, 1]),
      week('2026-11-09', [0, 0, 0, 0, 0]),
      week('2026-11-16', [0, 1, 0, 0, 0])
    ]
    expect(crampTotals(weeks)).toEqual({ total: 5, activeWeeks: 2 })
    expect(crampTotals([])).toEqual({ total: 0, activeWeeks: 0 })
  })
})

describe('routine chart data', () => {
  const weeks: RoutineWeek[] = [
    { weekStart: '2026-11-02', warmUps: 2, coolDowns: 1, workoutsPlanned: 3 },
    { weekStart: '2026-11-09', warmUps: 0, coolDowns: 0, workoutsPlanned: 3 }
  ]

  it('totals each series', () => {
    expect(routineTotals(weeks)).toEqual({ warmUps: 2, coolDowns: 1, workoutsPlanned: 6 })
  })

  it('is empty only with nothing done and nothing planned', () => {
    expect(noRoutines(weeks)).toBe(false)
    expect(noRoutines([{ weekStart: '2026-11-02', warmUps: 0, coolDowns: 0, workoutsPlanned: 0 }])).toBe(true)
  })
})

describe('axes', () => {
  it('gives whole-number count ticks reaching at least the largest value', () => {
    expect(countTicks(0)).toEqual([0, 1])
    expect(countTicks(1)).toEqual([0, 1])
    expect(countTicks(3)).toEqual([0, 1, 2, 3])
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4])
    expect(countTicks(5)).toEqual([0, 2, 4, 6])
    expect(countTicks(17)).toEqual([0, 5, 10, 15, 20])
  })

  it('labels every n-th category counting back from the newest', () => {
    expect([...labelledIndexes(7, 10)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect([...labelledIndexes(30, 6)].sort((a, b) => a - b)).toEqual([4, 9, 14, 19, 24, 29])
    expect(labelledIndexes(12, 0).has(11)).toBe(true)
  })

  it('draws at the width the page gives, within bounds', () => {
    expect(chartWidth(612.4)).toBe(612)
    expect(chartWidth(120)).toBe(280)
    expect(chartWidth(2000)).toBe(900)
  })

  it('reads date keys as local days', () => {
    const date = dateFromKey('2026-03-29')
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 2, 29, 0])
  })
})

describe('export files', () => {
  it('names the four files after the stem', () => {
    const files = exportFiles({
      fileStem: 'limber-2026-11-25',
      json: '{}',
      waterCsv: 'a',
      crampsCsv: 'b',
      activitiesCsv: 'c'
    })
    expect(files.json).toEqual({ name: 'limber-2026-11-25.json', content: '{}', type: 'application/json' })
    expect(files.water.name).toBe('limber-2026-11-25-water.csv')
    expect(files.cramps.name).toBe('limber-2026-11-25-cramps.csv')
    expect(files.activities).toEqual({
      name: 'limber-2026-11-25-activities.csv',
      content: 'c',
      type: 'text/csv;charset=utf-8'
    })
    expect(files.water.type).toBe('text/csv;charset=utf-8')
  })

  it('keeps file names free of path separators and reserved characters', () => {
    expect(safeStem('../limber:2026/11')).toBe('limber-2026-11')
    expect(safeStem('')).toBe('limber')
    expect(safeStem('...')).toBe('limber')
  })
})

describe('delete confirmation', () => {
  it('matches the word, forgiving spaces and capitals only', () => {
    expect(confirmsDeletion('delete', 'delete')).toBe(true)
    expect(confirmsDeletion('  Delete ', 'delete')).toBe(true)
    expect(confirmsDeletion('delet', 'delete')).toBe(false)
    expect(confirmsDeletion('delete all', 'delete')).toBe(false)
    expect(confirmsDeletion('', 'delete')).toBe(false)
  })
})

describe('warning order', () => {
  it('lists the newest first', () => {
    const signs = [{ raisedAtMs: 1 }, { raisedAtMs: 3 }, { raisedAtMs: 2 }]
    expect(newestFirst(signs).map((sign) => sign.raisedAtMs)).toEqual([3, 2, 1])
  })
})
