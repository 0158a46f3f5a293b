/**
 * A suggested daily water goal for the first-run setup: the general eight-glasses guideline, or a body-weight
 * rule of thumb kept inside sensible bounds. Suggestions only; the person sets the goal they want.
 */
import { settingsLimits } from './settings-limits'
import { fromMillilitres, ML_PER_FL_OZ, toMillilitres, type VolumeUnit } from './units'
import { volumeDefaults } from './volume-defaults'

/** The source article's general guideline: at least eight 8-ounce glasses a day. */
export const guidelineGlasses = 8
/** The size of one guideline glass, in US fluid ounces. */
export const guidelineGlassFlOz = 8
/** Eight 8-ounce glasses in millilitres (about 1.9 litres). */
export const guidelineMl = Math.round(guidelineGlasses * guidelineGlassFlOz * ML_PER_FL_OZ)
/** The guideline rounded to a round two litres; also the default goal. */
export const guidelineGoalMl = 2000

/** A common rule of thumb (not from the sources Limber lists): 30 ml for each kilogram of body weight. */
export const mlPerKg = 30
/** The body-weight goal never drops below the guideline's goal. */
export const bodyWeightGoalMinMl = guidelineGoalMl
/**
 * Mayo Clinic's reference of about 3.7 L a day for men (2.7 L for women) counts all fluids, food included,
 * so a goal for drinks alone stays at or below it.
 */
export const bodyWeightGoalMaxMl = 3700
/** Suggestions are rounded to the nearest 50 ml, a step that reads naturally. */
export const goalStepMl = 50

/** Why the suggestion is what it is, with the numbers the wording needs. */
export type GoalSuggestion =
  | {
      readonly basis: 'guideline'
      readonly goalMl: number
      readonly glasses: number
      readonly glassFlOz: number
      /** The guideline before rounding to the goal, in millilitres. */
      readonly guidelineMl: number
    }
  | {
      readonly basis: 'body-weight'
      readonly goalMl: number
      readonly bodyWeightKg: number
      readonly mlPerKg: number
      /** Body weight × mlPerKg, before rounding and the bounds. */
      readonly rawMl: number
      readonly minMl: number
      readonly maxMl: number
      /** Which bound moved the goal, if one did. */
      readonly clamped: 'min' | 'max' | null
    }

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))

// In fluid ounces a goal is a whole number of them; the bounds are kept after rounding.
const inUnitSteps = (amountMl: number, unit: VolumeUnit): number =>
  unit === 'ml' ? amountMl : toMillilitres(Math.round(fromMillilitres(amountMl, unit)), unit)

/**
 * The suggested daily goal: the guideline without a usable body weight, else 30 ml/kg rounded and bounded.
 * For fluid-ounce users the goal is a whole number of fluid ounces.
 */
export function suggestDailyGoal(bodyWeightKg: number | null, unit: VolumeUnit = 'ml'): GoalSuggestion {
  if (bodyWeightKg === null || !Number.isFinite(bodyWeightKg) || bodyWeightKg <= 0) {
    return {
      basis: 'guideline',
      goalMl: volumeDefaults[unit].dailyGoalMl,
      glasses: guidelineGlasses,
      glassFlOz: guidelineGlassFlOz,
      guidelineMl
    }
  }
  const rawMl = bodyWeightKg * mlPerKg
  const roundedMl = Math.round(rawMl / goalStepMl) * goalStepMl
  const boundedMl = clamp(roundedMl, bodyWeightGoalMinMl, bodyWeightGoalMaxMl)
  const goalMl = clamp(inUnitSteps(boundedMl, unit), settingsLimits.dailyGoalMl.min, settingsLimits.dailyGoalMl.max)
  return {
    basis: 'body-weight',
    goalMl,
    bodyWeightKg,
    mlPerKg,
    rawMl,
    minMl: bodyWeightGoalMinMl,
    maxMl: bodyWeightGoalMaxMl,
    clamped: roundedMl < bodyWeightGoalMinMl ? 'min' : roundedMl > bodyWeightGoalMaxMl ? 'max' : null
  }
}
