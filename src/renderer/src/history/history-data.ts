/**
 * Shapes the History screen's figures for its charts and tables. Pure and free of wording, so the
 * numbers the charts draw, their text summaries and their tables all come from the same place.
 */
import type { CrampWeek, HistoryView, RoutineWeek, WaterDay } from '../../../core/history/history'
import type { ExportFiles } from '../../../core/transfer/data-transfer'

/** The water chart's two spans. */
export const waterRanges = [7, 30] as const
/** How many days the water chart shows. */
export type WaterRange = (typeof waterRanges)[number]

/** The last `range` days of the water history (the view holds 30, oldest first). */
export function waterWindow(water: readonly WaterDay[], range: WaterRange): readonly WaterDay[] {
  return water.slice(-range)
}

/** How many of these days met their goal. */
export const daysMet = (days: readonly WaterDay[]): number => days.filter((day) => day.met).length

/** True when no drink was logged on any of these days (the chart shows a friendly line instead). */
export const noWater = (days: readonly WaterDay[]): boolean => days.every((day) => day.totalMl === 0)

/** The top of a bar chart's value axis: the largest value (and goal), never zero, so an axis always has a span. */
export function chartTop(values: readonly number[]): number {
  return Math.max(1, ...values)
}

/** One severity's slice of a week's stacked bar, from `from` to `to` cramps (severity 1 at the bottom). */
export interface SeveritySegment {
  readonly severity: 1 | 2 | 3 | 4 | 5
  readonly from: number
  readonly to: number
}

const severities = [1, 2, 3, 4, 5] as const

/** A week's stacked segments, mildest at the bottom; severities with no cramps are left out. */
export function severitySegments(week: CrampWeek): readonly SeveritySegment[] {
  let from = 0
  return severities.flatMap((severity) => {
    const count = week.bySeverity[severity - 1] ?? 0
    if (count === 0) return []
    const segment = { severity, from, to: from + count }
    from += count
    return [segment]
  })
}

/** The total of cramps across the weeks and how many weeks had any. */
export function crampTotals(weeks: readonly CrampWeek[]): { readonly total: number; readonly activeWeeks: number } {
  return {
    total: weeks.reduce((sum, week) => sum + week.count, 0),
    activeWeeks: weeks.filter((week) => week.count > 0).length
  }
}

/** The three series of the routines chart, in drawing order. */
export const routineSeries = ['warmUps', 'coolDowns', 'workoutsPlanned'] as const
/** One series of the routines chart. */
export type RoutineSeries = (typeof routineSeries)[number]

/** Each series' total over the weeks. */
export function routineTotals(weeks: readonly RoutineWeek[]): Record<RoutineSeries, number> {
  const sum = (key: RoutineSeries): number => weeks.reduce((total, week) => total + week[key], 0)
  return { warmUps: sum('warmUps'), coolDowns: sum('coolDowns'), workoutsPlanned: sum('workoutsPlanned') }
}

/** True when the weeks hold no routine done and no workout planned. */
export function noRoutines(weeks: readonly RoutineWeek[]): boolean {
  const totals = routineTotals(weeks)
  return routineSeries.every((key) => totals[key] === 0)
}

/** True when the journal holds nothing at all yet. */
export const emptyJournal = (history: HistoryView): boolean => history.firstDate === null

/**
 * Which of `count` evenly spaced labels to show so that about `maxLabels` fit: every n-th one,
 * counted back from the last, so the newest day or week is always labelled.
 */
export function labelledIndexes(count: number, maxLabels: number): ReadonlySet<number> {
  const step = Math.max(1, Math.ceil(count / Math.max(1, maxLabels)))
  const indexes = new Set<number>()
  for (let index = count - 1; index >= 0; index -= step) indexes.add(index)
  return indexes
}

/** A `YYYY-MM-DD` key as local midnight of that day (never parsed as UTC, which would shift the day west of Greenwich). */
export function dateFromKey(key: string): Date {
  const [year, month, day] = key.split('-').map(Number)
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1)
}

/** One file an export offers: its name, its content and its type. */
export interface ExportFile {
  readonly name: string
  readonly content: string
  readonly type: string
}

/** The files of an export, named after its stem: `<stem>.json`, `<stem>-water.csv`, `<stem>-cramps.csv`, `<stem>-activities.csv`. */
export function exportFiles(files: ExportFiles): {
  readonly json: ExportFile
  readonly water: ExportFile
  readonly cramps: ExportFile
  readonly activities: ExportFile
} {
  const stem = safeStem(files.fileStem)
  return {
    json: { name: `${stem}.json`, content: files.json, type: 'application/json' },
    water: { name: `${stem}-water.csv`, content: files.waterCsv, type: 'text/csv;charset=utf-8' },
    cramps: { name: `${stem}-cramps.csv`, content: files.crampsCsv, type: 'text/csv;charset=utf-8' },
    activities: { name: `${stem}-activities.csv`, content: files.activitiesCsv, type: 'text/csv;charset=utf-8' }
  }
}

/** A file stem without path separators or characters file systems refuse; "limber" if nothing is left. */
export function safeStem(stem: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  const cleaned = stem.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-').replace(/^[.\s-]+|[.\s]+$/g, '')
  return cleaned === '' ? 'limber' : cleaned.slice(0, 100)
}

/** Whether the typed text confirms deleting everything (spaces around it and capitals are forgiven). */
export function confirmsDeletion(typed: string, word: string): boolean {
  return typed.trim().toLowerCase() === word
}

/** The warning signs newest first (the service sends them so; this keeps the screen right whatever the order). */
export function newestFirst<W extends { readonly raisedAtMs: number }>(warnings: readonly W[]): readonly W[] {
  return [...warnings].sort((a, b) => b.raisedAtMs - a.raisedAtMs)
}

/** The width a chart draws at: the space it has, within bounds (its viewBox, so text keeps its real size). */
export function chartWidth(measured: number): number {
  return Math.round(Math.min(900, Math.max(280, measured)))
}

/** Whole-number ticks from 0 up to at least `max` (counts are never drawn as 2.5 cramps); about `maxTicks` of them. */
export function countTicks(max: number, maxTicks = 4): readonly number[] {
  const step = Math.max(1, Math.ceil(Math.max(1, max) / Math.max(1, maxTicks)))
  const ticks = [0]
  while ((ticks.at(-1) ?? 0) < max) ticks.push((ticks.at(-1) ?? 0) + step)
  if (ticks.length === 1) ticks.push(step)
  return ticks
}
