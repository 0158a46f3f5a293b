import { fromMillilitres, toMillilitres, type Millilitres, type VolumeUnit } from '../../../core/units'
import { t } from '../i18n/i18n'
import { numberFormat } from './number-format'

const intlUnits = { ml: 'milliliter', floz: 'fluid-ounce' } as const satisfies Record<VolumeUnit, string>
/** Decimal places shown per display unit: whole millilitres, tenths of a fluid ounce. */
const fractionDigits = { ml: 0, floz: 1 } as const satisfies Record<VolumeUnit, number>
const scale = (unit: VolumeUnit): number => 10 ** fractionDigits[unit]

/** An amount in the display unit, rounded to what the screen shows (25.4 fl oz, 750 ml). */
export function displayAmount(amountMl: number, unit: VolumeUnit): number {
  return Math.round(fromMillilitres(amountMl, unit) * scale(unit)) / scale(unit)
}

/**
 * Formats an amount already in the display unit. Intl places the number and unit; the symbol itself
 * comes from our catalogue so it matches the labels in Settings (CLDR writes "mL" or "US fl oz" in some English locales).
 */
export function formatDisplayAmount(amount: number, unit: VolumeUnit): string {
  const format = numberFormat({ style: 'unit', unit: intlUnits[unit], maximumFractionDigits: fractionDigits[unit] })
  return format
    .formatToParts(amount)
    .map((part) => (part.type === 'unit' ? t(`units.${unit}`) : part.value))
    .join('')
}

/** Formats a stored amount (millilitres) in the display unit: "250 ml" or "8.5 fl oz". */
export function formatVolume(amountMl: number, unit: VolumeUnit): string {
  return formatDisplayAmount(displayAmount(amountMl, unit), unit)
}

/** Formats a bare number in the display unit's precision, for the lower end of a range. */
export function formatDisplayNumber(amount: number, unit: VolumeUnit): string {
  return numberFormat({ maximumFractionDigits: fractionDigits[unit] }).format(amount)
}

/** Millilitre bounds as display-unit bounds, rounded inwards so every value inside converts back within range. */
export function displayBounds(
  limitsMl: { readonly min: number; readonly max: number },
  unit: VolumeUnit
): { min: number; max: number } {
  return {
    min: Math.ceil(fromMillilitres(limitsMl.min, unit) * scale(unit)) / scale(unit),
    max: Math.floor(fromMillilitres(limitsMl.max, unit) * scale(unit)) / scale(unit)
  }
}

/** "between 500 and 8,000 ml" style range values for error messages, in the display unit. */
export function formatVolumeRange(
  limitsMl: { readonly min: number; readonly max: number },
  unit: VolumeUnit
): { min: string; max: string } {
  const bounds = displayBounds(limitsMl, unit)
  return { min: formatDisplayNumber(bounds.min, unit), max: formatDisplayAmount(bounds.max, unit) }
}

/** The value a number input shows for a stored amount (plain "67.6", never locale-formatted). */
export function volumeInputValue(amountMl: number, unit: VolumeUnit): string {
  return String(displayAmount(amountMl, unit))
}

/** Reads a number input's text; null when it is empty or not a number. */
export function parseNumberInput(text: string): number | null {
  if (text.trim() === '') return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

/**
 * Whether a typed amount has more decimals than its unit is kept in (whole millilitres, tenths of a fluid
 * ounce): such an amount is refused with a message rather than quietly rounded.
 */
export function hasTooManyDecimals(text: string, unit: VolumeUnit): boolean {
  const value = parseNumberInput(text)
  if (value === null) return false
  const scaled = value * scale(unit)
  return Math.abs(scaled - Math.round(scaled)) > 1e-9
}

/** "Enter whole millilitres, such as 250." or the fluid-ounce equivalent. */
export const tooManyDecimalsMessage = (unit: VolumeUnit): string => t(`volumeDecimals.${unit}`)

/**
 * Reads a volume typed in the display unit and checks it against millilitre limits;
 * returns whole millilitres, or null when it is empty, not a number, too precise or out of range.
 */
export function parseVolumeInput(
  text: string,
  unit: VolumeUnit,
  limitsMl: { readonly min: number; readonly max: number }
): Millilitres | null {
  const value = parseNumberInput(text)
  if (value === null || hasTooManyDecimals(text, unit)) return null
  const bounds = displayBounds(limitsMl, unit)
  if (value < bounds.min || value > bounds.max) return null
  const amountMl = toMillilitres(value, unit)
  return amountMl >= limitsMl.min && amountMl <= limitsMl.max ? amountMl : null
}
