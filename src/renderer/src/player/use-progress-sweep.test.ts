import { describe, expect, it } from 'vitest'
import { sweepJumps } from './use-progress-sweep'

describe('how often the step bar moves', () => {
  it('moves once for each pixel it grows when that is slow enough', () => {
    // A five-minute step on an 800 px bar: 800 moves, under three a second.
    expect(sweepJumps(800, 300_000)).toBe(800)
  })

  it('moves at most ten times a second on a short step across a wide bar', () => {
    expect(sweepJumps(1200, 30_000)).toBe(300)
    expect(sweepJumps(1200, 1500)).toBe(15)
  })

  it('always moves at least once, even with no width measured or no time left', () => {
    expect(sweepJumps(0, 30_000)).toBe(1)
    expect(sweepJumps(500, 40)).toBe(1)
  })
})
