import { formatVolume as formatAmount, formatVolumeNumber } from '../core/text/format'
import type { VolumeUnit } from '../core/settings/units'

/** A volume for display through core's one formatter: whole millilitres, or fluid ounces to one decimal. */
export function formatVolume(amountMl: number, unit: VolumeUnit, locale: string | undefined, withUnit = true): string {
  return withUnit ? formatAmount(amountMl, unit, locale) : formatVolumeNumber(amountMl, unit, locale)
}

/** Menu labels read `&` as a mnemonic marker on every platform; `&&` shows one, for names the user typed. */
export const menuText = (text: string): string => text.replaceAll('&', '&&')
