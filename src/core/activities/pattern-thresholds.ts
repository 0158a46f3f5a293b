/**
 * Every threshold the activity rules use, in one place, each with the source it rests on (ids in
 * core/health/sources.ts) and why. Counts built on them are associations in one person's journal, never a
 * cause: Schwellnus et al. (2011) found pace and earlier cramps, not fluid or sodium loss, predicted cramping.
 */
export const patternThresholds = {
  /** Pattern counts start at this many cramps: fewer would make every count look like a pattern. */
  minCramps: { value: 3, sourceIds: ['schwellnus-cramps-2011'] },
  /** A workout counts in a cramp's context when it overlaps the day (24 h, this end included) before the cramp. */
  lookBackMs: { value: 24 * 60 * 60 * 1000, sourceIds: ['schwellnus-cramps-2011'] },
  /** Longer than this is a long workout: NATA (2017) treats sessions over an hour as the long ones. */
  longWorkoutMinutes: { value: 60, sourceIds: ['nata-fluid-2017'] },
  /** An average temperature from this is hot: ACSM (2007) sweat rates rise in warm weather. */
  hotFromC: { value: 25, sourceIds: ['acsm-fluid-2007'] },
  /**
   * Intensity from the average heart rate as a share of the person's highest recorded one: ACSM (Garber et al.
   * 2011) calls 64–76 % of maximum moderate and 77 % or more vigorous (high).
   */
  heartRateShare: { moderateFrom: 0.64, highFrom: 0.77, sourceIds: ['acsm-stretching'] },
  /**
   * Those shares are of the true maximum, which no watch file holds: the highest heart rate recorded stands in for
   * it only once this many activities have heart rate (one easy run's own peak would make that run look hard).
   */
  heartRateActivities: { value: 5, sourceIds: ['acsm-stretching'] },
  /** A warm-up counts for a workout when it ended this long before the start at most (or up to 15 min into it). */
  warmUpBeforeMs: { value: 3 * 60 * 60 * 1000, graceMs: 15 * 60 * 1000, sourceIds: ['mayo-warm-up-cool-down'] },
  /** A cool-down counts for a workout when it started within this long after its end (or up to 15 min before). */
  coolDownAfterMs: { value: 3 * 60 * 60 * 1000, graceMs: 15 * 60 * 1000, sourceIds: ['mayo-warm-up-cool-down'] },
  /** Night is from this local time until `nightEnd`; a cramp logged as "at night" is at night whatever the time. */
  night: { start: '22:00', end: '06:00', sourceIds: ['nhs-leg-cramps'] }
} as const

/** The sources the pattern thresholds rest on, each once. */
export const patternSourceIds: readonly string[] = [
  ...new Set(Object.values(patternThresholds).flatMap((threshold) => threshold.sourceIds))
]
