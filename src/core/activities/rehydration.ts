/**
 * Rehydration after a workout: an estimate of the sweat lost (a range, with its reasoning as data), a measured
 * sweat rate from a weigh-in, and how much that raises the day's drinking goal. Numbers in `sweatRates`.
 */
import { activityEndMs, type ActivityEntry, type ActivitySummary, type WeighIn } from './activity'
import { activityIntensity, personalMaxHeartRate, type IntensityLevel, type IntensityReading } from './intensity'
import { patternThresholds } from './pattern-thresholds'
import { dayNumberOfDate, dayNumberOfMs } from '../time/local-weeks'

/**
 * ACSM (Sawka et al. 2007): sweat rates are commonly 0.5–2.0 L per hour, higher with intensity and heat; 1 kg of
 * body weight lost is about 1 L of sweat; afterwards drink about 1.5 L per kilogram lost. The split of that range
 * by intensity and heat is ours: thirds of 0.5–1.6 L/h when temperate, shifted up to 0.7–2.0 L/h when hot.
 */
export const sweatRates = {
  sourceId: 'acsm-fluid-2007',
  litresPerHour: {
    temperate: { low: [0.5, 0.8], moderate: [0.8, 1.2], high: [1.2, 1.6] },
    hot: { low: [0.7, 1.0], moderate: [1.0, 1.5], high: [1.5, 2.0] }
  },
  /** Average temperature from which the hot rates apply (the pattern rules' hot threshold). */
  hotFromC: patternThresholds.hotFromC.value,
  litresPerKgLost: 1,
  /** After exercise, drink about this much for each kilogram of body weight lost (ACSM 2007). */
  replaceLitresPerKgLost: 1.5,
  /** A measured rate, used for a similar workout, is given as a range this far either side (a day is not a lab). */
  measuredSpread: 0.1,
  /** An earlier weigh-in is similar when of the same sport and within this many °C (or both with no temperature). */
  similarWithinC: 5,
  /** A measured rate outside these is refused: below 0 is a gain, above 4 L/h is beyond anything reported. */
  plausibleLitresPerHour: { min: 0, max: 4 },
  roundToMl: 50
} as const

/** Why a weigh-in is refused. */
export type WeighInRefusal = 'weight-gained' | 'rate-too-high'

/** A weigh-in turned into a sweat rate, or refused with a reason code. */
export type MeasuredSweatRate =
  | { readonly ok: true; readonly lossMl: number; readonly litresPerHour: number }
  | { readonly ok: false; readonly reason: WeighInRefusal }

const hourMs = 3_600_000
const hoursOf = (activity: Pick<ActivitySummary, 'durationMs'>) => activity.durationMs / hourMs
const round2 = (n: number) => Math.round(n * 100) / 100

/** The sweat lost around one activity, from the weight lost (1 kg ≈ 1 L) plus what was drunk, and per hour. */
export function measuredSweatRate(weighIn: WeighIn, activity: Pick<ActivitySummary, 'durationMs'>): MeasuredSweatRate {
  const lossMl = Math.round((weighIn.beforeKg - weighIn.afterKg) * sweatRates.litresPerKgLost * 1000 + weighIn.drankMl)
  const litresPerHour = lossMl / 1000 / hoursOf(activity)
  if (litresPerHour < sweatRates.plausibleLitresPerHour.min) return { ok: false, reason: 'weight-gained' }
  if (litresPerHour > sweatRates.plausibleLitresPerHour.max) return { ok: false, reason: 'rate-too-high' }
  return { ok: true, lossMl, litresPerHour: round2(litresPerHour) }
}

/** Where the hourly rate came from: the typical range for the intensity and heat, or a weigh-in. */
export type SweatRateBasis =
  | { readonly basis: 'typical'; readonly lowLitresPerHour: number; readonly highLitresPerHour: number }
  | {
      readonly basis: 'measured'
      readonly litresPerHour: number
      /** The activity whose weigh-in it is (this one, or a similar earlier one). */
      readonly fromActivityId: string
      readonly own: boolean
    }

/** An estimate of the sweat lost in one activity, and why. */
export interface SweatLossEstimate {
  readonly lowMl: number
  readonly highMl: number
  readonly reasoning: {
    /** Wall-clock duration in hours, two decimals. */
    readonly hours: number
    readonly intensity: IntensityReading
    readonly heat: { readonly avgTemperatureC: number | null; readonly hot: boolean }
    readonly rate: SweatRateBasis
    /** This activity's own weigh-in, when it was refused (the estimate then ignores it). */
    readonly weighInRefused?: WeighInRefusal
    readonly sourceId: typeof sweatRates.sourceId
  }
}

/** What an estimate looks at besides the activity, worked out once from the journal's activities. */
export interface SweatContext {
  /** The highest heart rate the person reached in any recorded activity (undefined: none has one). */
  readonly personalMaxHeartRate: number | undefined
  /** The activities with a weigh-in, newest first: a similar earlier one gives a measured rate. */
  readonly weighedActivities: readonly ActivityEntry[]
}

/** The sweat context of the journal's activities. */
export function sweatContextOf(activities: readonly ActivityEntry[]): SweatContext {
  return {
    personalMaxHeartRate: personalMaxHeartRate(activities),
    weighedActivities: activities.filter((activity) => activity.weighIn).sort((a, b) => b.startMs - a.startMs)
  }
}

/** The latest earlier activity of the same sport at a similar temperature whose weigh-in gives a plausible rate. */
function similarMeasuredRate(
  activity: ActivitySummary,
  weighedActivities: readonly ActivityEntry[]
): { litresPerHour: number; fromActivityId: string } | undefined {
  const similarHeat = (other: ActivityEntry) =>
    activity.avgTemperatureC === undefined || other.avgTemperatureC === undefined
      ? activity.avgTemperatureC === other.avgTemperatureC
      : Math.abs(activity.avgTemperatureC - other.avgTemperatureC) <= sweatRates.similarWithinC
  for (const other of weighedActivities) {
    if (other.sport !== activity.sport || other.startMs >= activity.startMs || !similarHeat(other)) continue
    const rate = measuredSweatRate(other.weighIn!, other)
    if (rate.ok) return { litresPerHour: rate.litresPerHour, fromActivityId: other.id }
  }
  return undefined
}

/** The sweat lost in one activity as a range in ml, with the reasoning as data. */
export function sweatLossEstimate(
  activity: ActivitySummary & { readonly id?: string; readonly weighIn?: WeighIn },
  context: SweatContext
): SweatLossEstimate {
  const hours = hoursOf(activity)
  const intensity = activityIntensity(activity, context.personalMaxHeartRate)
  const avgTemperatureC = activity.avgTemperatureC ?? null
  const hot = avgTemperatureC !== null && avgTemperatureC >= sweatRates.hotFromC
  const common = { hours: round2(hours), intensity, heat: { avgTemperatureC, hot }, sourceId: sweatRates.sourceId }
  const own = activity.weighIn ? measuredSweatRate(activity.weighIn, activity) : undefined
  if (own?.ok) {
    const rate: SweatRateBasis = {
      basis: 'measured',
      litresPerHour: own.litresPerHour,
      fromActivityId: activity.id ?? '',
      own: true
    }
    return { lowMl: own.lossMl, highMl: own.lossMl, reasoning: { ...common, rate } }
  }
  const refused = own && !own.ok ? { weighInRefused: own.reason } : {}
  const similar = similarMeasuredRate(activity, context.weighedActivities)
  if (similar) {
    const ml = similar.litresPerHour * hours * 1000
    return {
      lowMl: Math.round(ml * (1 - sweatRates.measuredSpread)),
      highMl: Math.round(ml * (1 + sweatRates.measuredSpread)),
      reasoning: { ...common, ...refused, rate: { basis: 'measured', ...similar, own: false } }
    }
  }
  const [low, high] = sweatRates.litresPerHour[hot ? 'hot' : 'temperate'][intensity.level satisfies IntensityLevel]
  return {
    lowMl: Math.round(low * hours * 1000),
    highMl: Math.round(high * hours * 1000),
    reasoning: { ...common, ...refused, rate: { basis: 'typical', lowLitresPerHour: low, highLitresPerHour: high } }
  }
}

const roundToStep = (ml: number) => Math.round(ml / sweatRates.roundToMl) * sweatRates.roundToMl

/**
 * The ml to add to the day's goal for one estimate: the middle of the range (what was most likely sweated),
 * rounded to 50 ml. Not ACSM's 1.5 L per kg: that replaces a measured weight deficit after the drinking
 * during exercise, while this estimate is the whole sweat loss, and drinks logged during the workout count
 * towards the raised goal anyway; a larger raise would ask for more than was sweated (NATA warns against that).
 */
export function goalRaise(estimate: Pick<SweatLossEstimate, 'lowMl' | 'highMl'>): number {
  return roundToStep((estimate.lowMl + estimate.highMl) / 2)
}

/**
 * What one activity adds to its day's goal. With its own accepted weigh-in the weight deficit is known, and ACSM's
 * advice applies as written: about 1.5 L for each kilogram lost (what was drunk during it is logged already).
 * Otherwise the middle of the estimated sweat loss (goalRaise).
 */
export function activityGoalRaise(
  activity: ActivitySummary & Pick<ActivityEntry, 'weighIn'>,
  estimate: SweatLossEstimate
): number {
  const own = estimate.reasoning.rate.basis === 'measured' && estimate.reasoning.rate.own ? activity.weighIn : undefined
  if (!own) return goalRaise(estimate)
  const lostKg = Math.max(0, own.beforeKg - own.afterKg)
  return roundToStep(lostKg * sweatRates.replaceLitresPerKgLost * 1000)
}

/** One activity's share of a day's goal raise. */
export interface ActivityRaise {
  readonly activityId: string
  readonly raiseMl: number
  readonly estimate: SweatLossEstimate
}

/**
 * How much a local day's goal (`YYYY-MM-DD`) rises for the activities that ended that day (the drinking comes
 * after), each estimated against the whole journal of activities; the total and each part, oldest first.
 */
export function activitiesRaise(
  date: string,
  activities: readonly ActivityEntry[]
): { readonly totalMl: number; readonly activities: readonly ActivityRaise[] } {
  const day = dayNumberOfDate(date)
  const context = sweatContextOf(activities)
  const parts = activities
    .filter((activity) => dayNumberOfMs(activityEndMs(activity)) === day)
    .sort((a, b) => a.startMs - b.startMs)
    .map((activity) => {
      const estimate = sweatLossEstimate(activity, context)
      return { activityId: activity.id, raiseMl: activityGoalRaise(activity, estimate), estimate }
    })
  return { totalMl: parts.reduce((sum, part) => sum + part.raiseMl, 0), activities: parts }
}
