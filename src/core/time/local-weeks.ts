/**
 * Local calendar dates as day numbers: whole days since 1970-01-01 on the calendar, not on the clock.
 * Stepping a day number by one is pure calendar arithmetic, so a DST day (23 or 25 hours) or a month end
 * can never skip or repeat a date; only turning an instant into its date looks at the time zone.
 */

const calendarDayMs = 86_400_000

/** A local calendar date as whole days since 1970-01-01 (a Thursday). */
export type DayNumber = number

/** The day number of a calendar year, month (0 = January) and day of month (overflow rolls on). */
function dayNumberOf(year: number, monthIndex: number, day: number): DayNumber {
  // UTC has no DST, so its midnights are exactly a calendar day apart; setUTCFullYear keeps years below 100.
  const at = new Date(0)
  at.setUTCFullYear(year, monthIndex, day)
  return Math.round(at.getTime() / calendarDayMs)
}

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumberOfDate(date: string): DayNumber {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

/** The day number of the local date holding an instant, in the process's time zone. */
export function dayNumberOfMs(ms: number): DayNumber {
  const at = new Date(ms)
  return dayNumberOf(at.getFullYear(), at.getMonth(), at.getDate())
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDayNumber(day: DayNumber): string {
  const at = new Date(day * calendarDayMs)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`
}

/** The weekday of a day number, 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export function weekdayOfDayNumber(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7
}

/** The Monday that starts the week holding a day. */
export function mondayOfDayNumber(day: DayNumber): DayNumber {
  return day - ((weekdayOfDayNumber(day) + 6) % 7)
}

/** The local instant a day starts (midnight, or the first instant where a DST jump skips midnight). */
export function localStartMsOfDayNumber(day: DayNumber): number {
  const at = new Date(day * calendarDayMs)
  return new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()).getTime()
}
