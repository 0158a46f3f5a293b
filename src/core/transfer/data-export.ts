/**
 * Builds the export: one JSON file that an import reads back exactly, plus CSV of water and cramps
 * for a spreadsheet or a doctor. Pure; the service supplies the data and the clock.
 */
import type { ExportBundle, ExportFiles } from './data-transfer'
import type { Journal } from '../journal/journal'
import { localDateKey } from '../time/local-date'
import type { RoutineLibrary } from '../routines/routine-library'
import type { Settings } from '../settings/settings'

/** Everything Limber keeps about the user: what an export holds and an import merges into. */
export interface UserData {
  readonly settings: Settings
  readonly journal: Journal
  readonly routines: RoutineLibrary
  /** Local dates marked hot (from the reminder state). */
  readonly hotDays: readonly string[]
}

/** The export of `parts` made at `nowMs`. */
export function exportBundle(parts: UserData, nowMs: number): ExportBundle {
  // Named field by field so nothing that happens to ride along on the objects leaks into the file
  // (an import refuses unknown fields, so a stray one would make the export unreadable).
  const { water, routines, reminders, cramps, days, checkIns, acknowledgedWarnings, activities } = parts.journal
  return {
    format: 'limber-export',
    version: 1,
    exportedAtMs: Math.floor(nowMs),
    settings: parts.settings,
    journal: { water, routines, reminders, cramps, days, checkIns, acknowledgedWarnings, activities },
    routines: { custom: parts.routines.custom, builtInEdits: parts.routines.builtInEdits },
    hotDays: parts.hotDays
  }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** Local `HH:MM` of an instant. */
const localClockTime = (atMs: number): string => {
  const at = new Date(atMs)
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** Characters a spreadsheet reads as the start of a formula (OWASP's list, with tab and carriage return). */
const formulaStart = /^[=+\-@\t\r]/

/** One CSV field: formula-guarded, then quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const text = String(value)
  // A leading apostrophe makes Excel, LibreOffice and Sheets show the text instead of running it.
  const guarded = formulaStart.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}

/** One CSV line, ended by CRLF as RFC 4180 asks. */
export function csvLine(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`
}

type Row = readonly [date: string, time: string, ...rest: (string | number)[]]

/** Rows in date and time order; an empty time (a daily total) comes before that day's drinks. */
const byDateTime = (a: Row, b: Row): number =>
  a[0] === b[0] ? (a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1

function waterCsv(journal: Journal): string {
  const drinks: Row[] = [...journal.water]
    .sort((a, b) => a.loggedAtMs - b.loggedAtMs)
    .map((drink) => [
      localDateKey(new Date(drink.loggedAtMs)),
      localClockTime(drink.loggedAtMs),
      drink.amountMl,
      'drink'
    ])
  const totals: Row[] = journal.days.map((day) => [day.date, '', day.waterMl, 'daily-total'])
  const rows = [...totals, ...drinks].sort(byDateTime)
  return [['date', 'time', 'amount_ml', 'kind'], ...rows].map(csvLine).join('')
}

function crampsCsv(journal: Journal): string {
  const header = [
    'date',
    'time',
    'leg',
    'location',
    'severity',
    'duration_minutes',
    'context',
    'symptoms',
    'disturbed_sleep'
  ]
  const rows = [...journal.cramps]
    .sort((a, b) => a.startedAtMs - b.startedAtMs)
    .map((cramp) => [
      localDateKey(new Date(cramp.startedAtMs)),
      localClockTime(cramp.startedAtMs),
      cramp.leg,
      cramp.location,
      cramp.severity,
      cramp.durationMinutes,
      cramp.context,
      cramp.symptoms.join(';'),
      cramp.disturbedSleep ? 'yes' : 'no'
    ])
  return [header, ...rows].map(csvLine).join('')
}

/** An optional figure: empty when the file had none, else rounded to `digits` decimals. */
const optional = (value: number | undefined, digits = 0): string | number =>
  value === undefined ? '' : Number(value.toFixed(digits))

function activitiesCsv(journal: Journal): string {
  const header = [
    'date',
    'time',
    'sport',
    'duration_minutes',
    'moving_minutes',
    'distance_km',
    'avg_heart_rate',
    'max_heart_rate',
    'avg_temperature_c',
    'max_temperature_c',
    'planned_workout',
    'file'
  ]
  const minutes = (ms: number | undefined): string | number => (ms === undefined ? '' : optional(ms / 60_000, 1))
  const rows = [...journal.activities]
    .sort((a, b) => a.startMs - b.startMs)
    .map((activity) => [
      localDateKey(new Date(activity.startMs)),
      localClockTime(activity.startMs),
      activity.sport,
      minutes(activity.durationMs),
      minutes(activity.movingMs),
      activity.distanceM === undefined ? '' : optional(activity.distanceM / 1000, 2),
      optional(activity.avgHeartRate),
      optional(activity.maxHeartRate),
      optional(activity.avgTemperatureC, 1),
      optional(activity.maxTemperatureC, 1),
      activity.matched ? 'yes' : 'no',
      activity.fileName
    ])
  return [header, ...rows].map(csvLine).join('')
}

/** The files of an export: the JSON (pretty, 2-space) and CSV of water, cramps and activities, in local time. */
export function exportFiles(bundle: ExportBundle): ExportFiles {
  return {
    fileStem: `limber-${localDateKey(new Date(bundle.exportedAtMs))}`,
    json: `${JSON.stringify(bundle, null, 2)}\n`,
    waterCsv: waterCsv(bundle.journal),
    crampsCsv: crampsCsv(bundle.journal),
    activitiesCsv: activitiesCsv(bundle.journal)
  }
}
