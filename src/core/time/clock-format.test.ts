import { describe, expect, it } from 'vitest'
import { formatSystemClockTime } from './clock-format'

const fivepast2pm = new Date(2026, 10, 25, 14, 5).getTime()

describe('clock times', () => {
  it("follow the system's 12- or 24-hour choice", () => {
    expect(formatSystemClockTime(fivepast2pm, 'en-US')).toBe('2:05 PM')
    expect(formatSystemClockTime(fivepast2pm, 'en-GB')).toBe('14:05')
    expect(formatSystemClockTime(fivepast2pm, 'de-DE')).toBe('14:05')
  })
})
