/**
 * The History screen's sentences: chart summaries, streaks and the import report (warning-sign reasons are
 * worded once, in cramps/warning-text.ts, for the panel and History alike).
 * Numbers and dates go through Intl in the user's locale; lists are joined in the UI language.
 */
import type { ImportReport } from '../../../core/transfer/data-transfer'
import type { CrampWeek, RoutineWeek, Streak, WaterDay } from '../../../core/history/history'
import { t, windowLanguage } from '../i18n/i18n'
import { dateTimeFormat as dateFormat, numberFormat } from '../format/number-format'
import { crampTotals, dateFromKey, daysMet, routineTotals } from './history-data'
import '../i18n/history-strings'

/** A whole number in the user's locale ("1,234"). */
export const formatCount = (value: number): string => numberFormat({ maximumFractionDigits: 0 }).format(value)

/** A day's short weekday, "Mon", for the 7-day axis. */
export const formatWeekday = (key: string): string => dateFormat({ weekday: 'short' }).format(dateFromKey(key))
/** A day of the month, "25", for the 30-day axis. */
export const formatDayOfMonth = (key: string): string => dateFormat({ day: 'numeric' }).format(dateFromKey(key))
/** A day in a table row, "Mon, Nov 25". */
export const formatDay = (key: string): string =>
  dateFormat({ weekday: 'short', month: 'short', day: 'numeric' }).format(dateFromKey(key))
/** A day with its month, "Nov 25": a week's Monday on an axis, or where the 30-day axis enters a month. */
export const formatWeekShort = (key: string): string =>
  dateFormat({ month: 'short', day: 'numeric' }).format(dateFromKey(key))

/**
 * The 30-day axis labels for the labelled days (oldest first): the month is named at the first label and
 * wherever it changes ("Nov 9", "12", …, "Dec 1"), so a bare "3" never leaves the reader guessing which month.
 */
export function dayAxisLabels(keys: readonly string[]): ReadonlyMap<string, string> {
  let month: string | undefined
  return new Map(
    keys.map((key) => {
      const label = key.slice(0, 7) === month ? formatDayOfMonth(key) : formatWeekShort(key)
      month = key.slice(0, 7)
      return [key, label]
    })
  )
}
/** A week's Monday in a table row or a summary, "Nov 25, 2026". */
export const formatWeek = (key: string): string => dateFormat({ dateStyle: 'medium' }).format(dateFromKey(key))

/** Joins phrases as the UI language does ("a, b and c" in English), not the locale's numbers do. */
export function joinList(items: readonly string[]): string {
  return new Intl.ListFormat(windowLanguage(), { type: 'conjunction' }).format(items)
}

/** The water chart's text alternative. */
export function waterSummary(days: readonly WaterDay[]): string {
  const summary = t('history.water.summary', { days: formatCount(days.length), met: formatCount(daysMet(days)) })
  return days.at(-1)?.inProgress ? `${summary}. ${t('history.water.summaryToday')}` : summary
}

/** The cramps chart's text alternative. */
export function crampSummary(weeks: readonly CrampWeek[]): string {
  const { total, activeWeeks } = crampTotals(weeks)
  return t('history.cramps.summary', {
    count: total,
    total: formatCount(total),
    activeWeeks: formatCount(activeWeeks),
    weeks: formatCount(weeks.length)
  })
}

/** The routines chart's text alternative. */
export function routineSummary(weeks: readonly RoutineWeek[]): string {
  const totals = routineTotals(weeks)
  return t('history.routines.summary', {
    weeks: formatCount(weeks.length),
    warmUps: formatCount(totals.warmUps),
    coolDowns: formatCount(totals.coolDowns),
    planned: formatCount(totals.workoutsPlanned)
  })
}

/** A severity's name in the legend and the table's column heads. */
export function severityName(severity: number): string {
  if (severity === 1) return t('history.cramps.severityMild', { severity: formatCount(severity) })
  if (severity === 5) return t('history.cramps.severitySevere', { severity: formatCount(severity) })
  return t('history.cramps.severity', { severity: formatCount(severity) })
}

/** "Water goal met: 3 days in a row (best 9)". */
export const goalMetStreak = (streak: Streak): string =>
  t('history.streaks.goalMet', {
    count: streak.current,
    current: formatCount(streak.current),
    best: formatCount(streak.best)
  })

/** "Warm-up before planned workouts: 2 in a row (best 5)". */
export const warmUpStreak = (streak: Streak): string =>
  t('history.streaks.warmUp', { current: formatCount(streak.current), best: formatCount(streak.best) })

/** The import report's lists, in the order the summary names them. */
const reportItems = [
  'water',
  'cramps',
  'activities',
  'routines',
  'customRoutines',
  'reminders',
  'checkIns',
  'days',
  'hotDays'
] as const

/** What an import adds, one item per list that gains something ("13 drinks"). */
export const addedItems = (report: ImportReport): string[] =>
  reportItems
    .filter((item) => report.added[item] > 0)
    .map((item) => t(`history.import.item.${item}`, { count: report.added[item], n: formatCount(report.added[item]) }))

/** What an import did, in a few sentences for the status line. */
export function importSummary(report: ImportReport): string {
  const added = addedItems(report)
  const sentences = [
    added.length > 0 ? t('history.import.added', { items: joinList(added) }) : t('history.import.nothingAdded'),
    t('history.import.unchanged')
  ]
  if (report.alreadyThere > 0) {
    sentences.push(
      t('history.import.alreadyThere', { count: report.alreadyThere, n: formatCount(report.alreadyThere) })
    )
  }
  if (report.keptExisting > 0) {
    sentences.push(
      t('history.import.keptExisting', { count: report.keptExisting, n: formatCount(report.keptExisting) })
    )
  }
  if (report.settingsRestored) sentences.push(t('history.import.settingsRestored'))
  return sentences.join(' ')
}
