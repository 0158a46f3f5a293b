import { describe, expect, it } from 'vitest'
import { formatCountdown, formatDuration, secondsLeft } from './duration'

describe('countdown', () => {
  it('rounds up to whole seconds, so the last second shows 00:01 until it is over', () => {
    expect(formatCountdown(24_000)).toBe('00:24')
    expect(formatCountdown(23_001)).toBe('00:24')
    expect(formatCountdown(999)).toBe('00:01')
    expect(formatCountdown(0)).toBe('00:00')
    expect(secondsLeft(1)).toBe(1)
  })

  it('shows minutes past the hour mark without wrapping', () => {
    expect(formatCountdown(65_000)).toBe('01:05')
    expect(formatCountdown(3_600_000)).toBe('60:00')
  })

  it('never shows a negative time', () => {
    expect(formatCountdown(-500)).toBe('00:00')
  })
})

describe('durations', () => {
  it('words minutes and seconds briefly for cards and the progress bar', () => {
    expect(formatDuration(630_000)).toBe('10 min 30 sec')
    expect(formatDuration(300_000)).toBe('5 min')
    expect(formatDuration(45_000)).toBe('45 sec')
  })

  it('spells them out for screen readers and speech', () => {
    expect(formatDuration(24_000, 'long')).toBe('24 seconds')
    expect(formatDuration(90_000, 'long')).toBe('1 minute, 30 seconds')
  })
})
