/**
 * The water amounts a new user starts with, per display unit. Fluid-ounce users get round US amounts (an 8 fl oz
 * glass, the common 16.9 fl oz bottle, a goal in whole fl oz) rather than converted metric ones (8.5 fl oz);
 * everything is still stored in millilitres. Kept free of zod so the settings screen can use it.
 */
import { toMillilitres, type Millilitres, type VolumeUnit } from './units'

/** The three volume settings. */
export interface VolumeDefaults {
  readonly dailyGoalMl: Millilitres
  readonly glassMl: Millilitres
  readonly bottleMl: Millilitres
}

/** Default amounts per unit, in millilitres. */
export const volumeDefaults: Readonly<Record<VolumeUnit, VolumeDefaults>> = {
  // About two litres: the eight-glasses guideline, rounded.
  ml: { dailyGoalMl: toMillilitres(2000, 'ml'), glassMl: toMillilitres(250, 'ml'), bottleMl: toMillilitres(500, 'ml') },
  // The same two litres rounded to whole fluid ounces (68 fl oz); a US cup; the half-litre bottle sold as 16.9 fl oz.
  floz: {
    dailyGoalMl: toMillilitres(68, 'floz'),
    glassMl: toMillilitres(8, 'floz'),
    bottleMl: toMillilitres(16.9, 'floz')
  }
}

/**
 * A volume setting after a switch of display unit: the default of the old unit becomes the default of the new
 * one (250 ml → 8 fl oz); any amount the person chose stays exactly as it is.
 */
export function volumeAfterUnitSwitch(
  field: keyof VolumeDefaults,
  amountMl: number,
  from: VolumeUnit,
  to: VolumeUnit
): number {
  return from !== to && amountMl === volumeDefaults[from][field] ? volumeDefaults[to][field] : amountMl
}
