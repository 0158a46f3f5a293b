/** Weekday keys in `Date#getDay()` order (Sunday first). */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
/** One weekday key. */
export type Weekday = (typeof weekdays)[number]

/** The weekday of an instant in the process's time zone. */
export function weekdayOf(at: Date): Weekday {
  return weekdays[at.getDay()] as Weekday
}
