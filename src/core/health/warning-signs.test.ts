// Local dates are the process's: fix the zone before any Date is made.
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import type { CrampEntry } from '../journal/cramps'
import { crampAt } from '../journal/journal-fixtures'
import { factSources } from './sources'
import { warningKinds, warningRules, warningSigns } from './warning-signs'

let nextId = 0
function cramp(date: string, time = '18:00', extra: Partial<CrampEntry> = {}): CrampEntry {
  nextId += 1
  return crampAt(date, time, { id: `cramp-${nextId}`, ...extra })
}
const kinds = (cramps: CrampEntry[]) => warningSigns(cramps).map((sign) => sign.kind)

describe('warning signs from a single cramp', () => {
  it('raises nothing for a short, plain cramp', () => {
    expect(warningSigns([cramp('2026-03-02')])).toEqual([])
  })

  it('raises a symptoms sign naming every sign that came with the cramp', () => {
    const numb = cramp('2026-03-02', '18:00', { symptoms: ['numbness-or-tingling', 'swelling'] })
    const [sign] = warningSigns([numb])
    expect(sign).toMatchObject({
      id: `symptoms:${numb.id}`,
      kind: 'symptoms',
      symptoms: ['numbness-or-tingling', 'swelling'],
      crampIds: [numb.id]
    })
  })

  it('treats exactly 10 minutes as not long, and anything past it as long', () => {
    expect(kinds([cramp('2026-03-02', '18:00', { durationMinutes: warningRules.longCrampMinutes })])).toEqual([])
    const long = cramp('2026-03-02', '18:00', { durationMinutes: 10.5 })
    expect(warningSigns([long])).toEqual([expect.objectContaining({ kind: 'long', durationMinutes: 10.5 })])
  })

  it('raises a sleep sign for a cramp that disturbed sleep', () => {
    expect(kinds([cramp('2026-03-02', '03:00', { context: 'at-night', disturbedSleep: true })])).toEqual(['sleep'])
  })

  it('raises each sign of one cramp separately so each panel is shown once', () => {
    const bad = cramp('2026-03-02', '18:00', { symptoms: ['did-not-ease'], durationMinutes: 25, disturbedSleep: true })
    expect(new Set(kinds([bad]))).toEqual(new Set(['symptoms', 'long', 'sleep']))
    expect(new Set(warningSigns([bad]).map((sign) => sign.id)).size).toBe(3)
  })
})

describe('cramps that keep coming', () => {
  it('does not raise for cramps on two days in a week', () => {
    expect(kinds([cramp('2026-03-02'), cramp('2026-03-05'), cramp('2026-03-05', '19:00')])).toEqual([])
  })

  it('raises once cramps fall on three days within seven', () => {
    const signs = warningSigns([cramp('2026-03-02'), cramp('2026-03-05'), cramp('2026-03-08')])
    expect(signs).toEqual([
      expect.objectContaining({
        id: 'frequent:2026-03-08',
        kind: 'frequent',
        dates: ['2026-03-02', '2026-03-05', '2026-03-08']
      })
    ])
  })

  it('does not raise when the third day is the eighth day after the first', () => {
    expect(kinds([cramp('2026-03-02'), cramp('2026-03-05'), cramp('2026-03-09')])).toEqual([])
  })

  it('counts days, not cramps: three cramps on one day are one day', () => {
    expect(kinds([cramp('2026-03-02', '08:00'), cramp('2026-03-02', '12:00'), cramp('2026-03-02', '20:00')])).toEqual(
      []
    )
  })

  it('keeps one sign for a spell that goes on, and raises a new one for a later spell', () => {
    const spell = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((date) => cramp(date))
    const later = ['2026-04-01', '2026-04-02', '2026-04-03'].map((date) => cramp(date))
    expect(warningSigns([...spell, ...later]).map((sign) => sign.id)).toEqual([
      'frequent:2026-03-04',
      'frequent:2026-04-03'
    ])
  })

  it('counts local days across the spring DST change', () => {
    // 29 March 2026 is 23 hours long in Berlin; 23:30 on the 28th is still the 28th.
    expect(kinds([cramp('2026-03-26', '23:30'), cramp('2026-03-28', '23:30'), cramp('2026-04-01', '23:30')])).toEqual([
      'frequent'
    ])
  })

  it('gives the same ids however the cramps are ordered', () => {
    const cramps = [cramp('2026-03-02'), cramp('2026-03-05'), cramp('2026-03-08')]
    expect(warningSigns([...cramps].reverse())).toEqual(warningSigns(cramps))
  })
})

describe('night cramps several nights in a row', () => {
  const night = (date: string, time = '02:00') => cramp(date, time, { context: 'at-night' })

  it('does not raise for two nights in a row', () => {
    expect(kinds([night('2026-03-03'), night('2026-03-04')])).toEqual([])
  })

  it('raises for three nights in a row, counting a 02:00 cramp as the night before', () => {
    // Nights of the 2nd, 3rd and 4th: one cramp before midnight, two after.
    const signs = warningSigns([night('2026-03-02', '23:30'), night('2026-03-04'), night('2026-03-05')])
    expect(signs.filter((sign) => sign.kind === 'nights')).toEqual([
      expect.objectContaining({ id: 'nights:2026-03-02', dates: ['2026-03-02', '2026-03-03', '2026-03-04'] })
    ])
  })

  it('does not raise a nights sign when a night is missing from the run', () => {
    // Still three days in a week, so the frequency rule speaks instead.
    expect(kinds([night('2026-03-10'), night('2026-03-11'), night('2026-03-13')])).toEqual(['frequent'])
  })

  it('does not count cramps at rest in the day as night cramps', () => {
    const atRest = (date: string) => cramp(date, '14:00', { context: 'at-rest' })
    const signs = warningSigns([atRest('2026-05-01'), atRest('2026-05-02'), atRest('2026-05-03')])
    expect(signs.map((sign) => sign.kind)).toEqual(['frequent'])
  })
})

describe('rule sources', () => {
  it('names a source that the Sources screen lists for every kind of sign', () => {
    const known = new Set(factSources.map((source) => source.id))
    for (const sourceIds of Object.values(warningKinds)) {
      expect(sourceIds.length).toBeGreaterThan(0)
      for (const id of sourceIds) expect(known).toContain(id)
    }
  })
})
