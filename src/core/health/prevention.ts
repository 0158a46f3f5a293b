/**
 * The Prevention screen's data: the urine-colour scale with its target band and the advice tier of each level,
 * the potassium and magnesium foods, and the sources of each section (ids in sources.ts). The wording the person
 * sees lives in the window's strings (prevention.en.json) and never names a condition.
 */

/** How the check-in reads a level: clear (no need to force more), on target, top up soon, or drink now. */
export type UrineAdviceTier = 'clear' | 'hydrated' | 'drink-soon' | 'drink-now'

/** One step of the scale; `level` is what the `checkInUrine` call sends and `AppState.urineToday` holds. */
export interface UrineLevel {
  /** 1 (clear) … 8 (brown). */
  readonly level: number
  /** The key of its plain name in the strings (`prevention.urine.levels.<id>`). */
  readonly id: UrineLevelId
  /** The swatch colour; the same in light and dark themes, since it shows a real colour. */
  readonly swatch: string
  /** Inside the target band. */
  readonly target: boolean
  readonly tier: UrineAdviceTier
}

/** The levels to aim for: very pale to pale yellow (Mayo Clinic: colourless or light yellow). */
export const urineTargetBand = { min: 2, max: 3 } as const

const tierOf = (level: number): UrineAdviceTier => {
  if (level === 1) return 'clear'
  if (level <= urineTargetBand.max) return 'hydrated'
  if (level <= 5) return 'drink-soon'
  return 'drink-now'
}

const scale = [
  ['clear', '#f7f8f2'],
  ['very-pale', '#faf4c4'],
  ['pale-yellow', '#f5e88a'],
  ['yellow', '#efd54a'],
  ['dark-yellow', '#d6b022'],
  ['amber', '#c48a12'],
  ['orange-brown', '#a45d12'],
  ['brown', '#6b3a12']
] as const

/** A level's name key, such as "pale-yellow". */
export type UrineLevelId = (typeof scale)[number][0]

/** The eight levels, lightest first. */
export const urineLevels: readonly UrineLevel[] = scale.map(([id, swatch], index) => {
  const level = index + 1
  return {
    level,
    id,
    swatch,
    target: level >= urineTargetBand.min && level <= urineTargetBand.max,
    tier: tierOf(level)
  }
})

/** The level with this number, or undefined for one outside 1 … 8. */
export function urineLevel(level: number): UrineLevel | undefined {
  return urineLevels.find((candidate) => candidate.level === level)
}

/** Everyday foods that supply potassium and magnesium (keys of `prevention.foods.items.<id>` in the strings). */
export const mineralFoods = {
  foods: ['bananas', 'avocados', 'leafy-greens', 'nuts', 'seeds', 'beans'],
  sourceIds: ['nih-potassium', 'nih-magnesium']
} as const

/** The sources of each section of the Prevention screen. */
export const preventionSources = {
  /** Urine colour as a guide, the daily amount and drinking more for long sessions or warm weather (Mayo Clinic). */
  urine: ['mayo-water'],
  /** When electrolytes matter, and not over-drinking plain water in long sessions (NATA 2017, ACSM 2007). */
  electrolytes: ['nata-fluid-2017', 'acsm-fluid-2007'],
  foods: mineralFoods.sourceIds,
  /** The causes and when to get help (Mayo Clinic, AAOS, NHS, nidirect), warming up by walking (Mayo Clinic). */
  causes: ['mayo-muscle-cramp', 'aaos-cramps', 'mayo-warm-up-cool-down', 'nhs-leg-cramps', 'nidirect-leg-cramps']
} as const satisfies Record<string, readonly string[]>

/** A section of the Prevention screen that cites sources. */
export type PreventionSection = keyof typeof preventionSources
