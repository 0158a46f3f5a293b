import type { ActivityView } from '../../../contract/slices/activities'
import type { ActivitySport } from '../../../core/activities/activity'
import type { SweatLossEstimate } from '../../../core/activities/rehydration'
import { sweatRates } from '../../../core/activities/rehydration'
import { patternThresholds } from '../../../core/activities/pattern-thresholds'
import type { VolumeUnit } from '../../../core/settings/units'
import { dateTimeFormat, formatClockTime, formatPercent, numberFormat } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { t } from '../i18n/i18n'
import '../i18n/activity-strings'

const minuteMs = 60_000

/** "Run", "Ride": the sport as a word. */
export const sportName = (sport: ActivitySport): string => t(`activities.sport.${sport}`)

/** "Tue 07:02": the weekday and the clock time of an instant. */
export const formatWeekdayTime = (atMs: number): string =>
  `${dateTimeFormat({ weekday: 'short' }).format(atMs)} ${formatClockTime(atMs)}`

/** "Tue, 3 Dec": the day of an instant. */
export const formatDay = (atMs: number): string =>
  dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(atMs)

/** "65 min" (or "65 minutes", long): a duration in whole minutes (at least one). */
export const formatActivityMinutes = (durationMs: number, style: 'short' | 'long' = 'short'): string =>
  numberFormat({ style: 'unit', unit: 'minute', unitDisplay: style }).format(
    Math.max(1, Math.round(durationMs / minuteMs))
  )

/** "11.2 km" or "6.9 mi": miles for someone who counts water in fluid ounces, kilometres otherwise. */
export function formatDistance(distanceM: number, unit: VolumeUnit): string {
  const miles = unit === 'floz'
  const value = miles ? distanceM / 1609.344 : distanceM / 1000
  return numberFormat({ style: 'unit', unit: miles ? 'mile' : 'kilometer', maximumFractionDigits: 1 }).format(value)
}

/** "24 °C". */
export const formatTemperature = (celsius: number): string =>
  numberFormat({ style: 'unit', unit: 'celsius', maximumFractionDigits: 0 }).format(celsius)

/** "1.2 L" (one decimal) in millilitre mode; fluid ounces otherwise. */
function formatLoss(ml: number, unit: VolumeUnit): string {
  if (unit === 'floz') return formatVolume(ml, unit)
  return numberFormat({ style: 'unit', unit: 'liter', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    ml / 1000
  )
}

/** "0.9–1.3 L": a range of sweat lost. */
export function formatLossRange(lowMl: number, highMl: number, unit: VolumeUnit): string {
  const high = formatLoss(highMl, unit)
  const lowNumber = unit === 'floz' ? formatVolume(lowMl, unit) : formatLoss(lowMl, unit)
  // "0.9 L–1.3 L" reads heavier than "0.9–1.3 L": keep the unit once when both ends share it.
  const suffix = high.replace(/^[\d.,\s\u00a0\u202f]+/, '')
  const low = suffix && lowNumber.endsWith(suffix) ? lowNumber.slice(0, -suffix.length).trimEnd() : lowNumber
  return `${low}–${high}`
}

/** "You likely lost 0.9–1.3 L", or "You lost about 1.1 L (measured)" from this activity's own weigh-in. */
export function lossText(estimate: SweatLossEstimate, unit: VolumeUnit): string {
  const { rate } = estimate.reasoning
  if (rate.basis === 'measured' && rate.own)
    return t('activities.card.lostMeasured', { amount: formatLoss(estimate.lowMl, unit) })
  return t('activities.card.lost', { range: formatLossRange(estimate.lowMl, estimate.highMl, unit) })
}

const litresPerHour = (value: number): string => numberFormat({ maximumFractionDigits: 2 }).format(value)

/**
 * The reasoning behind an estimate, one plain sentence per step: how long, how hard and how that was judged, how
 * warm, which hourly rate (typical from ACSM's range, or measured), and what it adds to the day's goal.
 * `dayOfActivity` finds the start of an earlier activity (for "a weigh-in on <date>").
 */
export function reasoningLines(
  activity: Pick<ActivityView, 'durationMs' | 'sport' | 'estimate' | 'goalRaiseMl' | 'weighIn'>,
  unit: VolumeUnit,
  startOfActivity: (id: string) => number | undefined
): string[] {
  const { reasoning } = activity.estimate
  const { intensity, heat, rate } = reasoning
  const level = t(`activities.why.level.${intensity.level}`)
  const threshold = formatTemperature(sweatRates.hotFromC)
  const lines = [t('activities.why.duration', { duration: formatActivityMinutes(activity.durationMs, 'long') })]
  lines.push(
    intensity.basis === 'heart-rate'
      ? t('activities.why.heartRate', {
          avg: intensity.avgHeartRate,
          max: intensity.personalMaxHeartRate,
          percent: formatPercent(intensity.share),
          level
        })
      : t(intensity.reason === 'no-heart-rate' ? 'activities.why.sportDefault' : 'activities.why.tooFewRecordings', {
          sport: sportName(intensity.sport),
          level,
          count: patternThresholds.heartRateActivities.value
        })
  )
  if (heat.avgTemperatureC === null) lines.push(t('activities.why.noTemperature'))
  else {
    const temperature = formatTemperature(heat.avgTemperatureC)
    lines.push(t(heat.hot ? 'activities.why.hot' : 'activities.why.temperate', { temperature, threshold }))
  }
  if (reasoning.weighInRefused) lines.push(t(`activities.why.refused.${reasoning.weighInRefused}`))
  if (rate.basis === 'typical') {
    lines.push(
      t('activities.why.typical', {
        low: litresPerHour(rate.lowLitresPerHour),
        high: litresPerHour(rate.highLitresPerHour)
      })
    )
  } else if (rate.own) {
    lines.push(t('activities.why.measuredOwn', { rate: litresPerHour(rate.litresPerHour) }))
  } else {
    const fromMs = startOfActivity(rate.fromActivityId)
    lines.push(
      fromMs === undefined
        ? t('activities.why.measuredSimilarNoDate', { rate: litresPerHour(rate.litresPerHour) })
        : t('activities.why.measuredSimilar', { rate: litresPerHour(rate.litresPerHour), date: formatDay(fromMs) })
    )
  }
  if (activity.goalRaiseMl > 0 && rate.basis === 'measured' && rate.own && activity.weighIn)
    lines.push(
      t('activities.why.goalWeighIn', {
        kg: numberFormat({ maximumFractionDigits: 1 }).format(activity.weighIn.beforeKg - activity.weighIn.afterKg),
        amount: formatVolume(activity.goalRaiseMl, unit)
      })
    )
  else if (activity.goalRaiseMl > 0)
    lines.push(t('activities.why.goal', { amount: formatVolume(activity.goalRaiseMl, unit) }))
  return lines
}
