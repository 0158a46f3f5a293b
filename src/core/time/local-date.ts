/** A local calendar day as `YYYY-MM-DD`. */
export type LocalDateKey = string & { readonly __brand: 'LocalDateKey' }

const pad = (n: number): string => String(n).padStart(2, '0')

/** The local calendar day of an instant, in the process's time zone. */
export function localDateKey(at: Date): LocalDateKey {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` as LocalDateKey
}

/** Local midnight at the start of the day holding `at` (DST-safe: built from calendar fields). */
export function startOfLocalDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate())
}

/** Local midnight at the start of the next day (DST days may be 23 or 25 hours long). */
export function startOfNextLocalDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1)
}

/** Minutes since local midnight for a `HH:MM` clock time. */
export function clockTimeToMinutes(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}
