import { describe, expect, it } from 'vitest'
import { hydrationDay } from './hydration'

const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).getTime()
const entry = (id: string, loggedAtMs: number, amountMl: number) => ({ id, loggedAtMs, amountMl })

describe('hydration day', () => {
  it('sums only the drinks of the local day and caps progress at the goal', () => {
    const journal = {
      water: [entry('late', at(1, 23, 59), 500), entry('a', at(2, 0, 0), 1500), entry('b', at(2, 18), 1000)]
    }
    const day = hydrationDay(journal, 2000, new Date(at(2, 20)))
    expect(day).toMatchObject({ date: '2026-03-02', totalMl: 2500, progress: 1 })
    expect(day.entries.map((drink) => drink.id)).toEqual(['a', 'b'])
  })

  it('reports zero progress on a day with no drinks', () => {
    expect(hydrationDay({ water: [] }, 2000, new Date(at(3, 9)))).toMatchObject({ totalMl: 0, progress: 0 })
  })
})
