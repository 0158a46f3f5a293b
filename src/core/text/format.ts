/**
 * The one formatter for numbers, volumes and clock times, in the window, the tray, notifications and the
 * command line alike. Pure: the locale is passed in. It reads only the unit symbols, not the catalogues (the window
 * imports it and should not carry the tray's, notifications' and command line's text).
 */
import { formatSystemClockTime } from '../time/clock-format'
import { fromMillilitres, type VolumeUnit } from '../settings/units'
import { unitSymbol } from './unit-symbol'

const intlUnits = { ml: 'milliliter', floz: 'fluid-ounce' } as const satisfies Record<VolumeUnit, string>
/** Decimal places kept per display unit: whole millilitres, tenths of a fluid ounce. */
export const volumeFractionDigits = { ml: 0, floz: 1 } as const satisfies Record<VolumeUnit, number>
const scale = (unit: VolumeUnit): number => 10 ** volumeFractionDigits[unit]

const numberFormats = new Map<string, Intl.NumberFormat>()

/** A cached `Intl.NumberFormat`: the tray and the window format many numbers per redraw. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}

/** A plain number as the locale writes it ("2,000" in English, "2.000" in German). */
export function formatNumber(value: number, locale: string | undefined, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value)
}

/** A number with exactly one decimal ("2.0", "2,0"), for litres and ounces of a day's progress. */
export function formatOneDecimal(value: number, locale: string | undefined): string {
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
}

/** An amount in the display unit, rounded to what is shown (25.4 fl oz, 750 ml). */
export function displayAmount(amountMl: number, unit: VolumeUnit): number {
  return Math.round(fromMillilitres(amountMl, unit) * scale(unit)) / scale(unit)
}

/**
 * An amount already in the display unit, with its unit. Intl places the number and the unit for the locale; the
 * symbol comes from our catalogue ("ml", "fl oz"), since CLDR writes "mL" or "US fl oz" in some English locales.
 */
export function formatDisplayAmount(amount: number, unit: VolumeUnit, locale: string | undefined): string {
  const symbol = unitSymbol(unit, locale)
  return numberFormat(locale, {
    style: 'unit',
    unit: intlUnits[unit],
    maximumFractionDigits: volumeFractionDigits[unit]
  })
    .formatToParts(amount)
    .map((part) => (part.type === 'unit' ? symbol : part.value))
    .join('')
}

/** A stored amount (millilitres) in the display unit: "250 ml", "8.5 fl oz", "1.500 ml". */
export function formatVolume(amountMl: number, unit: VolumeUnit, locale: string | undefined): string {
  return formatDisplayAmount(displayAmount(amountMl, unit), unit, locale)
}

/** A stored amount's number alone, in the display unit's precision ("750" ahead of "of 2,000 ml"). */
export function formatVolumeNumber(amountMl: number, unit: VolumeUnit, locale: string | undefined): string {
  return formatNumber(displayAmount(amountMl, unit), locale, volumeFractionDigits[unit])
}

/** A clock time following the system's 12- or 24-hour choice for the locale ("2:05 PM", "14:05"). */
export const formatClockTime = (atMs: number, locale: string | undefined): string => formatSystemClockTime(atMs, locale)
