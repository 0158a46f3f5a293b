import { describe, expect, it } from 'vitest'
import { urineLevels } from '../../core/health/prevention'
import { callTable } from '../contract'

describe('the checkInUrine call', () => {
  it('accepts exactly the levels the urine colour chart shows', () => {
    for (const { level } of urineLevels) expect(callTable.checkInUrine.input.safeParse({ level }).success).toBe(true)
    expect(callTable.checkInUrine.input.safeParse({ level: 0 }).success).toBe(false)
    expect(callTable.checkInUrine.input.safeParse({ level: 9 }).success).toBe(false)
  })
})
