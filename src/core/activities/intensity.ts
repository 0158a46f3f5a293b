/** How hard an activity was: from heart rate against the person's own highest, else a default for the sport. */
import type { ActivitySport, ActivitySummary } from './activity'
import { patternThresholds } from './pattern-thresholds'

/** How hard a workout was. */
export const intensityLevels = ['low', 'moderate', 'high'] as const
/** One intensity level. */
export type IntensityLevel = (typeof intensityLevels)[number]

/** With no heart rate to go by: what each sport usually is for a recreational athlete. */
export const sportDefaultIntensity: Readonly<Record<ActivitySport, IntensityLevel>> = {
  run: 'moderate',
  ride: 'moderate',
  walk: 'low',
  hike: 'moderate',
  swim: 'moderate',
  gym: 'low',
  other: 'moderate'
}

/** An intensity and why: the heart-rate share it came from, or the sport's default. */
export type IntensityReading =
  | {
      readonly level: IntensityLevel
      readonly basis: 'heart-rate'
      readonly avgHeartRate: number
      readonly personalMaxHeartRate: number
      /** avgHeartRate / personalMaxHeartRate, 0…1, two decimals. */
      readonly share: number
    }
  | {
      readonly level: IntensityLevel
      readonly basis: 'sport-default'
      readonly sport: ActivitySport
      /** Why not heart rate: the file has none, or too few activities have it to stand in for a maximum. */
      readonly reason: 'no-heart-rate' | 'too-few-recordings'
    }

/**
 * The highest heart rate the person reached in any recorded activity, or undefined while fewer than
 * `patternThresholds.heartRateActivities` activities have a heart rate (too few to stand in for a maximum).
 */
export function personalMaxHeartRate(
  activities: readonly Pick<ActivitySummary, 'avgHeartRate' | 'maxHeartRate'>[]
): number | undefined {
  const withHeartRate = activities.filter((a) => a.avgHeartRate !== undefined || a.maxHeartRate !== undefined)
  if (withHeartRate.length < patternThresholds.heartRateActivities.value) return undefined
  let highest: number | undefined
  for (const { avgHeartRate, maxHeartRate } of withHeartRate) {
    for (const rate of [avgHeartRate, maxHeartRate]) if (rate !== undefined && rate > (highest ?? 0)) highest = rate
  }
  return highest
}

/** The intensity of one activity, given the person's highest recorded heart rate (undefined: not known). */
export function activityIntensity(
  activity: Pick<ActivitySummary, 'sport' | 'avgHeartRate' | 'maxHeartRate'>,
  personalMax: number | undefined
): IntensityReading {
  const byDefault = (reason: 'no-heart-rate' | 'too-few-recordings'): IntensityReading => ({
    level: sportDefaultIntensity[activity.sport],
    basis: 'sport-default',
    sport: activity.sport,
    reason
  })
  if (activity.avgHeartRate === undefined) return byDefault('no-heart-rate')
  if (personalMax === undefined) return byDefault('too-few-recordings')
  const max = Math.max(personalMax, activity.maxHeartRate ?? 0, activity.avgHeartRate)
  const share = activity.avgHeartRate / max
  const { moderateFrom, highFrom } = patternThresholds.heartRateShare
  const level: IntensityLevel = share >= highFrom ? 'high' : share >= moderateFrom ? 'moderate' : 'low'
  return {
    level,
    basis: 'heart-rate',
    avgHeartRate: activity.avgHeartRate,
    personalMaxHeartRate: max,
    share: Math.round(share * 100) / 100
  }
}
