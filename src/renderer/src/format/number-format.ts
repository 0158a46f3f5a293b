/**
 * The locale for numbers, units, dates and times: the system's, or one matching the language chosen in Settings
 * (i18n/language.ts sets it). A live binding: modules that import it see each change.
 */
export let userLocale: string = (typeof navigator === 'undefined' ? undefined : navigator.language) || 'en-US'

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>()

/** Uses `locale` for every format from now on (the cached ones were made for the old locale). */
export function setUserLocale(locale: string): void {
  if (locale === userLocale) return
  userLocale = locale
  formats.clear()
}

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  options: object,
  make: () => F
): F {
  const key = `${kind}${JSON.stringify(options)}`
  let format = formats.get(key) as F | undefined
  if (!format) {
    format = make()
    formats.set(key, format)
  }
  return format
}

/** A cached `Intl.NumberFormat` for the user's locale. */
export const numberFormat = (options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', options, () => new Intl.NumberFormat(userLocale, options))

/** A cached `Intl.DateTimeFormat` for the user's locale. */
export const dateTimeFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', options, () => new Intl.DateTimeFormat(userLocale, options))

/** A cached `Intl.ListFormat` for the user's locale. */
export const listFormat = (options: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('list', options, () => new Intl.ListFormat(userLocale, options))

/** A share such as 0.375, as "38%". */
export function formatPercent(share: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A body weight such as "72.5 kg". */
export function formatKilograms(weightKg: number): string {
  return numberFormat({ style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 }).format(weightKg)
}

/** The local clock time of an instant, such as "9:41 AM" or "09:41". */
export function formatClockTime(atMs: number): string {
  return dateTimeFormat({ timeStyle: 'short' }).format(atMs)
}

/** A stored `HH:MM` time of day as the user's locale writes it ("7:00 AM" or "07:00"). */
export function formatTimeOfDay(clockTime: string): string {
  const [hours = 0, minutes = 0] = clockTime.split(':').map(Number)
  return formatClockTime(new Date(2000, 0, 3, hours, minutes).getTime())
}
