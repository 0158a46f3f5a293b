import { fromMillilitres, type VolumeUnit } from '../core/units'
import { trayStrings } from './tray-strings'

/** A volume for display: whole millilitres, or fluid ounces to one decimal. */
export function formatVolume(amountMl: number, unit: VolumeUnit, locale: string, withUnit = true): string {
  const digits = unit === 'ml' ? 0 : 1
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(
    fromMillilitres(amountMl, unit)
  )
  return withUnit ? `${number} ${trayStrings.unit[unit]}` : number
}

/** Menu labels read `&` as a mnemonic marker on every platform; `&&` shows one, for names the user typed. */
export const menuText = (text: string): string => text.replaceAll('&', '&&')
