/**
 * Reads an export back: `parseImport` refuses a file whole, with plain messages, unless every part of it
 * is valid; `mergeImport` then adds what is new without dropping or overwriting anything already kept.
 */
import type { UserData } from './data-export'
import { crossCheck, describeIssue, ExportBundleSchema, HOT_DAYS_MAX, shown } from './data-import-schema'
import { importLimits, type ExportBundle, type ImportReport, type SettingsChange } from './data-transfer'
import type { Journal } from '../journal/journal'
import type { Routine } from '../routines/routine'
import type { RoutineLibrary } from '../routines/routine-library'
import type { Settings } from '../settings/settings'

/** What `parseImport` gives: the export, or the reasons it was refused. */
export type ParsedImport =
  { readonly ok: true; readonly bundle: ExportBundle } | { readonly ok: false; readonly problems: readonly string[] }

/** Problems listed one by one before the rest are only counted. */
const PROBLEMS_SHOWN = 10

/** Keys that could reach Object.prototype if the data were ever copied carelessly; no export has them. */
const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

function refuse(problems: readonly string[]): ParsedImport {
  const rest = problems.length - PROBLEMS_SHOWN
  return { ok: false, problems: rest > 1 ? [...problems.slice(0, PROBLEMS_SHOWN), `…and ${rest} more`] : problems }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function versionProblem(version: unknown): string | undefined {
  if (version === 1) return undefined
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) {
    return `This export was made by a newer version of Limber (version ${version}); update Limber to read it.`
  }
  return `This export has an unknown version (${shown(version)}); this Limber reads version 1.`
}

/** Reads the text of an export file; never throws. */
export function parseImport(text: string): ParsedImport {
  if (text.length > importLimits.maxChars) {
    const mb = (text.length / 1_000_000).toFixed(1)
    return refuse([`This file is too large to be a Limber export (${mb} MB; the limit is 20 MB).`])
  }
  const forbidden = new Set<string>()
  let raw: unknown
  try {
    // JSON.parse makes "__proto__" an own property (no pollution), but the key must not live on in
    // data that later code may spread or assign; the reviver sees every key, however it was escaped.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (!forbiddenKeys.has(key)) return value
      forbidden.add(key)
      return undefined
    })
  } catch (error) {
    // The reviver walks the tree recursively, so absurd nesting overflows the stack.
    return refuse([
      error instanceof RangeError
        ? 'This file is nested too deeply to be a Limber export.'
        : 'This file is not valid JSON (it may be cut short).'
    ])
  }
  if (forbidden.size > 0) {
    return refuse(
      [...forbidden].map((key) => `This file has a field named "${key}", which no Limber export has; it was refused.`)
    )
  }
  if (!isPlainObject(raw) || raw.format !== 'limber-export') return refuse(['This is not a Limber export.'])
  const badVersion = versionProblem(raw.version)
  if (badVersion !== undefined) return refuse([badVersion])
  const parsed = ExportBundleSchema.safeParse(raw, { reportInput: true })
  if (!parsed.success) return refuse(parsed.error.issues.map(describeIssue))
  const problems = crossCheck(parsed.data)
  return problems.length > 0 ? refuse(problems) : { ok: true, bundle: parsed.data }
}

/** Same JSON value (a field that is undefined counts as absent, as it would in the file). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false
  const keysA = Object.keys(a).filter((key) => a[key] !== undefined)
  const keysB = Object.keys(b).filter((key) => b[key] !== undefined)
  return keysA.length === keysB.length && keysA.every((key) => sameJson(a[key], b[key]))
}

interface Tally {
  alreadyThere: number
  keptExisting: number
}

/** `current` plus the entries of `incoming` whose key it does not have; a clash keeps the current one. */
function mergeKeyed<T>(
  current: readonly T[],
  incoming: readonly T[],
  key: (entry: T) => string,
  tally: Tally
): { list: T[]; added: number } {
  const byKey = new Map(current.map((entry) => [key(entry), entry]))
  const added: T[] = []
  for (const entry of incoming) {
    const existing = byKey.get(key(entry))
    if (existing === undefined) {
      byKey.set(key(entry), entry)
      added.push(entry)
    } else if (sameJson(existing, entry)) tally.alreadyThere += 1
    else tally.keptExisting += 1
  }
  return { list: [...current, ...added], added: added.length }
}

const byId = (entry: { readonly id: string }): string => entry.id
const byDate = (entry: { readonly date: string }): string => entry.date
const byHash = (entry: { readonly hash: string }): string => entry.hash
const compareDates = (a: { readonly date: string }, b: { readonly date: string }): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0

/** The journal lists merged, each sorted the way journal.ts's salvage sorts it. */
function mergeJournal(current: Journal, incoming: Journal, tally: Tally) {
  const water = mergeKeyed(current.water, incoming.water, byId, tally)
  const routines = mergeKeyed(current.routines, incoming.routines, byId, tally)
  const reminders = mergeKeyed(current.reminders, incoming.reminders, byId, tally)
  const cramps = mergeKeyed(current.cramps, incoming.cramps, byId, tally)
  const days = mergeKeyed(current.days, incoming.days, byDate, tally)
  const checkIns = mergeKeyed(current.checkIns, incoming.checkIns, byDate, tally)
  // One entry per recorded file, whatever id another computer gave it.
  const activities = mergeKeyed(current.activities, incoming.activities, byHash, tally)
  const journal: Journal = {
    water: water.list.sort((a, b) => a.loggedAtMs - b.loggedAtMs),
    routines: routines.list.sort((a, b) => a.endedAtMs - b.endedAtMs),
    reminders: reminders.list.sort((a, b) => a.firedAtMs - b.firedAtMs),
    cramps: cramps.list.sort((a, b) => a.startedAtMs - b.startedAtMs),
    days: days.list.sort(compareDates),
    checkIns: checkIns.list.sort(compareDates),
    acknowledgedWarnings: [...new Set([...current.acknowledgedWarnings, ...incoming.acknowledgedWarnings])],
    activities: activities.list.sort((a, b) => a.startMs - b.startMs)
  }
  const added = {
    water: water.added,
    routines: routines.added,
    reminders: reminders.added,
    cramps: cramps.added,
    days: days.added,
    checkIns: checkIns.added,
    activities: activities.added
  }
  return { journal, added }
}

/** The routine library merged; each list keeps its order and gains the new routines at its end. */
function mergeLibrary(current: RoutineLibrary, incoming: RoutineLibrary, tally: Tally) {
  // The flag follows the list, as when the library document is read (routine-library.ts).
  const flagged = (list: readonly Routine[], builtIn: boolean) => list.map((routine) => ({ ...routine, builtIn }))
  const custom = mergeKeyed(current.custom, flagged(incoming.custom, false), byId, tally)
  // An edit of a built-in is added only where the user has not edited that built-in themselves.
  const builtInEdits = mergeKeyed(current.builtInEdits, flagged(incoming.builtInEdits, true), byId, tally)
  return {
    routines: { custom: custom.list, builtInEdits: builtInEdits.list },
    added: custom.added + builtInEdits.added
  }
}

// Where the first-run setup stands is not a setting a person would call changed.
const unlistedSettings: readonly (keyof Settings)[] = ['setupCompleted']

/** The settings whose value differs between the current settings and a file's, in the settings' own order. */
export function settingsChanges(current: Settings, incoming: Settings): SettingsChange[] {
  return (Object.keys(current) as (keyof Settings)[])
    .filter((field) => !unlistedSettings.includes(field))
    .filter((field) => JSON.stringify(current[field]) !== JSON.stringify(incoming[field]))
    .map((field) => ({ field, current: current[field], incoming: incoming[field] }) as SettingsChange)
}

/**
 * Adds an export to what Limber holds. Journal entries and routines merge by id (days and check-ins by
 * date): a new key is added; a known key with the same content counts as `alreadyThere`; a known key
 * with different content keeps the current entry (`keptExisting`). Seen warnings and hot days merge as
 * sets; hot days keep the newest HOT_DAYS_MAX so the reminder-state document stays valid. Settings are
 * replaced only when `restoreSettings`. Imported built-in edits count under `added.customRoutines`.
 * A daily total imported for a date the journal still has drinks for in detail (or drinks for a date it
 * holds as a total) is kept beside them and history adds the two: right for drinks from another
 * computer, but an old export of this same journal whose days were compacted since counts them twice.
 * Telling the two apart would need a drink's id to survive compaction, which it does not.
 */
export function mergeImport(
  current: UserData,
  bundle: ExportBundle,
  options: { readonly restoreSettings: boolean }
): UserData & { readonly report: ImportReport } {
  const tally: Tally = { alreadyThere: 0, keptExisting: 0 }
  const journal = mergeJournal(current.journal, bundle.journal, tally)
  const library = mergeLibrary(current.routines, bundle.routines, tally)
  const knownHotDays = new Set(current.hotDays)
  const newHotDays = [...new Set(bundle.hotDays)].filter((date) => !knownHotDays.has(date))
  const hotDays = [...current.hotDays, ...newHotDays].sort().slice(-HOT_DAYS_MAX)
  return {
    settings: options.restoreSettings ? bundle.settings : current.settings,
    journal: journal.journal,
    routines: library.routines,
    hotDays,
    report: {
      added: { ...journal.added, customRoutines: library.added, hotDays: newHotDays.length },
      alreadyThere: tally.alreadyThere,
      keptExisting: tally.keptExisting,
      settingsRestored: options.restoreSettings,
      settingsChanges: settingsChanges(current.settings, bundle.settings)
    }
  }
}
