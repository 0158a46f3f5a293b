import { describe, expect, it } from 'vitest'
import { formatClockTime, formatVolume, formatVolumeNumber } from './format'

const afternoon = new Date(2026, 10, 26, 14, 5).getTime()

describe('the one formatter', () => {
  it('writes millilitres for en-US, en-GB and de', () => {
    expect(formatVolume(1500, 'ml', 'en-US')).toBe('1,500 ml')
    expect(formatVolume(1500, 'ml', 'en-GB')).toBe('1,500 ml')
    // CLDR keeps German millilitres to their number with a no-break space (not fluid ounces).
    expect(formatVolume(1500, 'ml', 'de')).toBe('1.500\u00a0ml')
  })

  it('writes fluid ounces to one decimal for en-US, en-GB and de', () => {
    expect(formatVolume(250, 'floz', 'en-US')).toBe('8.5 fl oz')
    expect(formatVolume(250, 'floz', 'en-GB')).toBe('8.5 fl oz')
    expect(formatVolume(250, 'floz', 'de')).toBe('8,5 fl oz')
    expect(formatVolume(2000, 'floz', 'de')).toBe('67,6 fl oz')
  })

  it('gives the bare number in the unit’s precision', () => {
    expect(formatVolumeNumber(750.4, 'ml', 'de')).toBe('750')
    expect(formatVolumeNumber(1000, 'floz', 'en-US')).toBe('33.8')
  })

  it('writes clock times in the locale’s 12- or 24-hour form', () => {
    expect(formatClockTime(afternoon, 'en-US')).toBe('2:05 PM')
    expect(formatClockTime(afternoon, 'en-GB')).toBe('14:05')
    expect(formatClockTime(afternoon, 'de')).toBe('14:05')
  })
})
