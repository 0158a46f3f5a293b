import { describe, expect, it } from 'vitest'
import { fromMillilitres, toMillilitres } from './units'

describe('volume units', () => {
  it('converts a US fluid ounce to about 29.57 ml and back to whole millilitres', () => {
    expect(toMillilitres(8, 'floz')).toBe(237)
    expect(fromMillilitres(2000, 'floz')).toBeCloseTo(67.63, 2)
  })

  it('leaves millilitres alone', () => {
    expect(toMillilitres(250, 'ml')).toBe(250)
    expect(fromMillilitres(250, 'ml')).toBe(250)
  })
})
