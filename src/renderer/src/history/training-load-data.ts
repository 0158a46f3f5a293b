/**
 * The weekly training-load chart's numbers and words: minutes or distance per week (kilometres, or miles for
 * someone who reads volumes in fluid ounces), beside each week's cramps.
 */
import type { TrainingWeek } from '../../../core/activities/training-load'
import type { VolumeUnit } from '../../../core/settings/units'
import { t } from '../i18n/i18n'
import { numberFormat } from '../format/number-format'
import { formatCount, formatWeek } from './history-wording'
import '../i18n/history-strings'

/** What the bars measure. */
export const loadMeasures = ['minutes', 'distance'] as const
/** One measure of training. */
export type LoadMeasure = (typeof loadMeasures)[number]

/** Distances follow the volume unit: fluid ounces go with miles, millilitres with kilometres. */
export const distanceUnit = (unit: VolumeUnit): 'kilometer' | 'mile' => (unit === 'floz' ? 'mile' : 'kilometer')

const metresPer = { kilometer: 1000, mile: 1609.344 } as const

/** A week's bar: its minutes, or its distance in kilometres or miles. */
export function weekValue(week: TrainingWeek, measure: LoadMeasure, unit: VolumeUnit): number {
  return measure === 'minutes' ? week.minutes : week.distanceM / metresPer[distanceUnit(unit)]
}

/** A value on the chart: "245 min", "31.2 km" or "19.4 mi". */
export function formatLoad(value: number, measure: LoadMeasure, unit: VolumeUnit): string {
  return measure === 'minutes'
    ? numberFormat({ style: 'unit', unit: 'minute', maximumFractionDigits: 0 }).format(value)
    : numberFormat({ style: 'unit', unit: distanceUnit(unit), maximumFractionDigits: 1 }).format(value)
}

/** True when no activity falls in these weeks (the chart gives way to a sentence). */
export const noTraining = (weeks: readonly TrainingWeek[]): boolean => weeks.every((week) => week.activities === 0)

/** The chart's text alternative: the total, the busiest week and the cramps. */
export function loadSummary(weeks: readonly TrainingWeek[], measure: LoadMeasure, unit: VolumeUnit): string {
  const values = weeks.map((week) => weekValue(week, measure, unit))
  const most = Math.max(0, ...values)
  const busiest = weeks[values.indexOf(most)]
  return t('history.load.summary', {
    weeks: formatCount(weeks.length),
    amount: formatLoad(
      values.reduce((sum, value) => sum + value, 0),
      measure,
      unit
    ),
    most: formatLoad(most, measure, unit),
    busiest: busiest ? formatWeek(busiest.weekStart) : '',
    cramps: formatCount(weeks.reduce((sum, week) => sum + week.cramps, 0)),
    crampWeeks: formatCount(weeks.filter((week) => week.cramps > 0).length)
  })
}
