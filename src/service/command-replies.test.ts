import { describe, expect, it } from 'vitest'
import { formatTime } from './command-replies'

const noon = new Date(2026, 10, 25, 12).getTime()

describe('times in the command line replies', () => {
  it('use the same 12- or 24-hour clock as the window, naming the day when it is not today', () => {
    const later = new Date(2026, 10, 25, 14, 5).getTime()
    expect(formatTime(later, noon, 'en-US')).toBe('2:05 PM')
    expect(formatTime(later, noon, 'en-GB')).toBe('14:05')
    expect(formatTime(new Date(2026, 10, 26, 7).getTime(), noon, 'en-US')).toBe('Thu Nov 26 at 7:00 AM')
    expect(formatTime(new Date(2026, 10, 26, 7).getTime(), noon, 'en-GB')).toBe('Thu 26 Nov at 07:00')
    expect(formatTime(new Date(2026, 10, 26, 7).getTime(), noon, 'de')).toBe('Do. 26. Nov. um 07:00')
  })
})
