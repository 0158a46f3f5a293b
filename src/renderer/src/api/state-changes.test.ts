import { describe, expect, it } from 'vitest'
import type { AppState, StateChanges } from '../../../contract/state'
import { appStateFixture } from '../../../contract/testing/app-state'
import { applyChanges, fromSnapshot } from './state-changes'

const nowMs = new Date(2026, 10, 25, 12).getTime()
const start = fromSnapshot({ revision: 4, state: appStateFixture({ nowMs, drinksMl: [250] }) })
const today = (state: AppState, totalMl: number): AppState['today'] => ({ ...state.today, totalMl })

describe('applying changes in the window', () => {
  it('applies a change once, whether it came as the reply or as the event', () => {
    const changes: StateChanges = { revision: 5, slices: { today: today(start.state, 500) } }
    const once = applyChanges(start, changes)
    expect(once.state.today.totalMl).toBe(500)
    expect(once.state.routines).toBe(start.state.routines)
    expect(applyChanges(once, changes)).toBe(once)
  })

  it('never lets an older change undo a newer one of the same slice', () => {
    const newer = applyChanges(start, { revision: 7, slices: { today: today(start.state, 750) } })
    const late = applyChanges(newer, { revision: 6, slices: { today: today(start.state, 500), urineToday: 3 } })
    expect(late.state.today.totalMl).toBe(750)
    expect(late.state.urineToday).toBe(3)
  })

  it('applies a patch made from the value it holds, and asks for a snapshot when it missed a change', () => {
    const patched = applyChanges(start, {
      revision: 5,
      slices: {},
      patches: { today: { since: 2, ops: [{ path: ['totalMl'], set: 400 }] } }
    })
    expect(patched.state.today.totalMl).toBe(400)
    expect(patched.stale).toBe(false)
    const missed = applyChanges(patched, {
      revision: 9,
      slices: {},
      patches: { today: { since: 8, ops: [{ path: ['totalMl'], set: 900 }] } }
    })
    expect(missed.state.today.totalMl).toBe(400)
    expect(missed.stale).toBe(true)
  })
})
