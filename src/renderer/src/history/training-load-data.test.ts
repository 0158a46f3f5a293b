import { describe, expect, it } from 'vitest'
import type { TrainingWeek } from '../../../core/activities/training-load'
import { formatLoad, loadSummary, noTraining, weekValue } from './training-load-data'

// Node 20 has no navigator, so these run in the en-US locale the window falls back to.
const week = (weekStart: string, minutes: number, distanceM: number, cramps: number): TrainingWeek => ({
  weekStart,
  activities: minutes > 0 ? 1 : 0,
  minutes,
  distanceM,
  cramps
})
const weeks = [week('2026-11-23', 0, 0, 1), week('2026-11-30', 195, 32_187, 2), week('2026-12-07', 40, 8000, 0)]

describe('weekly training load', () => {
  it('measures distance in kilometres, or in miles for someone who reads fluid ounces', () => {
    expect(weekValue(weeks[1]!, 'distance', 'ml')).toBeCloseTo(32.187)
    expect(weekValue(weeks[1]!, 'distance', 'floz')).toBeCloseTo(20)
    expect(weekValue(weeks[1]!, 'minutes', 'floz')).toBe(195)
    expect(formatLoad(20, 'distance', 'floz')).toBe('20 mi')
    expect(formatLoad(32.187, 'distance', 'ml')).toBe('32.2 km')
    expect(formatLoad(195, 'minutes', 'ml')).toBe('195 min')
  })

  it('sums up the weeks, the busiest one and the cramps for screen readers', () => {
    expect(loadSummary(weeks, 'minutes', 'ml')).toBe(
      'Training per week for the last 3 weeks: 235 min in all, the most (195 min) in the week of Nov 30, 2026. ' +
        'Cramps: 3 in 2 of 3 weeks.'
    )
    expect(loadSummary(weeks, 'distance', 'floz')).toContain('25 mi in all')
  })

  it('knows when there is no training to draw', () => {
    expect(noTraining(weeks)).toBe(false)
    expect(noTraining([weeks[0]!])).toBe(true)
  })
})
