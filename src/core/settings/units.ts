/** Millilitres: every stored volume is in millilitres, whatever the display unit. */
export type Millilitres = number & { readonly __unit: 'ml' }

/** The volume units a person can choose to see. */
export const volumeUnits = ['ml', 'floz'] as const
/** A display unit for volumes. */
export type VolumeUnit = (typeof volumeUnits)[number]

/** Millilitres in one US fluid ounce. */
export const ML_PER_FL_OZ = 29.5735295625

/** Marks a plain number as millilitres. */
export const ml = (value: number): Millilitres => value as Millilitres

/** Converts millilitres to the given display unit. */
export function fromMillilitres(amountMl: number, unit: VolumeUnit): number {
  return unit === 'ml' ? amountMl : amountMl / ML_PER_FL_OZ
}

/** Converts an amount in the given display unit to whole millilitres. */
export function toMillilitres(amount: number, unit: VolumeUnit): Millilitres {
  return ml(Math.round(unit === 'ml' ? amount : amount * ML_PER_FL_OZ))
}
