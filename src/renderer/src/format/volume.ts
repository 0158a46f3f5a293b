import {
  displayAmount as coreDisplayAmount,
  formatDisplayAmount as coreFormatDisplayAmount,
  formatNumber,
  formatVolume as coreFormatVolume,
  volumeFractionDigits
} from '../../../core/text/format'
import { fromMillilitres, toMillilitres, type Millilitres, type VolumeUnit } from '../../../core/settings/units'
import { t } from '../i18n/i18n'
import { userLocale } from './number-format'

/** Steps per display unit: whole millilitres, tenths of a fluid ounce (core keeps the decimal places). */
const scale = (unit: VolumeUnit): number => 10 ** volumeFractionDigits[unit]

/** An amount in the display unit, rounded to what the screen shows (25.4 fl oz, 750 ml). */
export const displayAmount = coreDisplayAmount

/** Formats an amount already in the display unit, through core's one formatter in the window's locale. */
export function formatDisplayAmount(amount: number, unit: VolumeUnit): string {
  return coreFormatDisplayAmount(amount, unit, userLocale)
}

/** Formats a stored amount (millilitres) in the display unit: "250 ml" or "8.5 fl oz". */
export function formatVolume(amountMl: number, unit: VolumeUnit): string {
  return coreFormatVolume(amountMl, unit, userLocale)
}

/** Formats a bare number in the display unit's precision, for the lower end of a range. */
export function formatDisplayNumber(amount: number, unit: VolumeUnit): string {
  return formatNumber(amount, userLocale, volumeFractionDigits[unit])
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
