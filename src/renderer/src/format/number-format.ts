/** The person's locale for numbers, units and times (the UI text itself is English for now). */
export const userLocale: string = (typeof navigator === 'undefined' ? undefined : navigator.language) || 'en-US'

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A cached `Intl.NumberFormat` for the user's locale. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options)
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(userLocale, options)
    numberFormats.set(key, format)
  }
  return format
}

/** A share such as 0.375, as "38%". */
export function formatPercent(share: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A body weight such as "72.5 kg". */
export function formatKilograms(weightKg: number): string {
  return numberFormat({ style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 }).format(weightKg)
}

let timeFormat: Intl.DateTimeFormat | undefined

/** The local clock time of an instant, such as "9:41 AM" or "09:41". */
export function formatClockTime(atMs: number): string {
  timeFormat ??= new Intl.DateTimeFormat(userLocale, { timeStyle: 'short' })
  return timeFormat.format(atMs)
}

/** A stored `HH:MM` time of day as the user's locale writes it ("7:00 AM" or "07:00"). */
export function formatTimeOfDay(clockTime: string): string {
  const [hours = 0, minutes = 0] = clockTime.split(':').map(Number)
  return formatClockTime(new Date(2000, 0, 3, hours, minutes).getTime())
}
