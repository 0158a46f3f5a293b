import { describe, expect, it } from 'vitest'
import { ManualClock } from './manual-clock'

describe('manual clock', () => {
  it('fires timers in due order at their due time while advancing', () => {
    const clock = new ManualClock(1_000)
    const fired: [string, number][] = []
    clock.setTimeout(() => fired.push(['late', clock.now()]), 300)
    clock.setTimeout(() => fired.push(['early', clock.now()]), 100)
    clock.advance(250)
    expect(fired).toEqual([['early', 1_100]])
    clock.advance(100)
    expect(fired).toEqual([
      ['early', 1_100],
      ['late', 1_300]
    ])
    expect(clock.now()).toBe(1_350)
  })

  it('fires a timer armed by another timer within the same advance', () => {
    const clock = new ManualClock(0)
    const fired: number[] = []
    clock.setTimeout(() => {
      fired.push(clock.now())
      clock.setTimeout(() => fired.push(clock.now()), 50)
    }, 50)
    clock.advance(200)
    expect(fired).toEqual([50, 100])
  })

  it('after a jump fires the overdue timers late, all seeing the new time', () => {
    const clock = new ManualClock(0)
    const seen: number[] = []
    clock.setTimeout(() => seen.push(clock.now()), 100)
    clock.setTimeout(() => seen.push(clock.now()), 200)
    clock.jump(10_000)
    expect(seen).toEqual([10_000, 10_000])
  })

  it('does not fire a cleared timer, and can be set back without firing anything', () => {
    const clock = new ManualClock(10_000)
    const handle = clock.setTimeout(() => {
      throw new Error('cleared timer fired')
    }, 10)
    clock.clearTimeout(handle)
    clock.advance(100)
    clock.set(5_000)
    expect(clock.now()).toBe(5_000)
    expect(clock.pendingTimers).toBe(0)
  })
})
