import { describe, expect, it } from 'vitest'
import { settingsLimits } from '../../../core/settings/settings-limits'
import {
  displayBounds,
  formatVolume,
  formatVolumeRange,
  hasTooManyDecimals,
  parseVolumeInput,
  tooManyDecimalsMessage
} from './volume'

describe('volume formatting', () => {
  it('shows millilitres with our "ml" symbol whatever CLDR spells', () => {
    expect(formatVolume(750, 'ml')).toBe('750 ml')
    expect(formatVolume(2000, 'ml')).toBe('2,000 ml')
  })

  it('shows fluid ounces to a tenth', () => {
    expect(formatVolume(750, 'floz')).toBe('25.4 fl oz')
    expect(formatVolume(2000, 'floz')).toBe('67.6 fl oz')
  })

  it('words a goal range in the chosen unit, rounded inwards', () => {
    expect(formatVolumeRange(settingsLimits.dailyGoalMl, 'ml')).toEqual({ min: '500', max: '8,000 ml' })
    expect(formatVolumeRange(settingsLimits.dailyGoalMl, 'floz')).toEqual({ min: '17', max: '270.5 fl oz' })
    expect(displayBounds(settingsLimits.customAmountMl, 'floz')).toEqual({ min: 0.1, max: 101.4 })
  })
})

describe('reading a typed volume', () => {
  const limits = settingsLimits.customAmountMl

  it('turns fluid ounces back into whole millilitres', () => {
    expect(parseVolumeInput('8.5', 'floz', limits)).toBe(251)
    expect(parseVolumeInput('250', 'ml', limits)).toBe(250)
  })

  it('refuses empty, non-numeric and out-of-range amounts', () => {
    expect(parseVolumeInput('', 'ml', limits)).toBeNull()
    expect(parseVolumeInput('abc', 'ml', limits)).toBeNull()
    expect(parseVolumeInput('0', 'ml', limits)).toBeNull()
    expect(parseVolumeInput('3001', 'ml', limits)).toBeNull()
    expect(parseVolumeInput('101.5', 'floz', limits)).toBeNull()
  })
})

describe('amounts typed more precisely than they are kept', () => {
  it('are whole millilitres or tenths of a fluid ounce; more is refused, not rounded', () => {
    expect(hasTooManyDecimals('250', 'ml')).toBe(false)
    expect(hasTooManyDecimals('250.5', 'ml')).toBe(true)
    expect(hasTooManyDecimals('8.5', 'floz')).toBe(false)
    expect(hasTooManyDecimals('8.25', 'floz')).toBe(true)
    expect(parseVolumeInput('250.5', 'ml', { min: 1, max: 3000 })).toBeNull()
    expect(tooManyDecimalsMessage('ml')).toBe('Enter whole millilitres, such as 250.')
  })
})
