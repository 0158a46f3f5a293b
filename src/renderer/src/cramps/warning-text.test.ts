// Dates are local: fix the zone before any Date is made.
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import type { WarningSign } from '../../../core/health/warning-signs'
import { warningReason, warningSourceIds } from './warning-text'

const sign = (changes: Partial<WarningSign> & Pick<WarningSign, 'kind'>): WarningSign => ({
  id: `${changes.kind}:x`,
  raisedAtMs: new Date(2026, 10, 20, 18, 30).getTime(),
  crampIds: ['c1'],
  symptoms: [],
  dates: [],
  sourceIds: [],
  ...changes
})

describe('warning-sign reasons (the panel and History)', () => {
  it('says what was noticed and when, never what it might be', () => {
    expect(warningReason(sign({ kind: 'symptoms', symptoms: ['swelling', 'numbness-or-tingling'] }))).toMatch(
      /^A cramp on .*20.* came with swelling and numbness or tingling\.$/
    )
    expect(warningReason(sign({ kind: 'long', durationMinutes: 10.5 }))).toMatch(
      /lasted 10\.5 minutes, longer than 10 minutes\.$/
    )
    expect(warningReason(sign({ kind: 'frequent', dates: ['2026-11-17', '2026-11-19', '2026-11-20'] }))).toMatch(
      /^You logged cramps on 3 different days within 7 days \(.*17.*19.*20.*\)\.$/
    )
    expect(warningReason(sign({ kind: 'nights', dates: ['2026-11-18', '2026-11-19', '2026-11-20'] }))).toMatch(
      /^You logged cramps at night 3 nights in a row/
    )
    expect(warningReason(sign({ kind: 'sleep' }))).toMatch(/woke you up or kept you awake\.$/)
  })

  it('names each source once, in the order the signs give them', () => {
    const signs = [
      sign({ kind: 'long', sourceIds: ['nidirect-leg-cramps'] }),
      sign({ kind: 'frequent', sourceIds: ['mayo-muscle-cramp', 'nidirect-leg-cramps'] })
    ]
    expect(warningSourceIds(signs)).toEqual(['nidirect-leg-cramps', 'mayo-muscle-cramp'])
  })
})
