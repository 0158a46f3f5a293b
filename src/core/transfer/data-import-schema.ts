/**
 * The schema an import must match, built from the schemas each stored document already uses, and the
 * plain-language messages for what is wrong with a file that does not match it.
 */
import { z } from 'zod'
import { builtInRoutine } from '../routines/builtin-routines'
import { CrampEntrySchema } from '../journal/cramp-schema'
import type { ExportBundle } from './data-transfer'
import { DaySummary, journalLimits, RoutineLogEntry, UrineCheckIn, WaterEntry } from '../journal/journal'
import { FiredReminderSchema } from '../reminders/reminder-schema'
import { RoutineSchema } from '../routines/routine-schema'
import { Settings, settingsFields } from '../settings/settings'
import { ActivityEntry } from '../activities/activity'

/** Hot days the reminder-state document keeps at most (mirrors its schema, which is not exported). */
export const HOT_DAYS_MAX = 400

const list = <T extends z.ZodType>(entry: T) => z.array(entry).max(journalLimits.entriesPerList)

const JournalImport = z
  .object({
    water: list(WaterEntry),
    routines: list(RoutineLogEntry),
    reminders: list(FiredReminderSchema),
    cramps: list(CrampEntrySchema),
    days: list(DaySummary),
    checkIns: list(UrineCheckIn),
    acknowledgedWarnings: z
      .array(z.string().min(1).max(journalLimits.warningId))
      .max(journalLimits.acknowledgedWarnings),
    // Exports made before activities could be imported have none.
    activities: list(ActivityEntry).default([])
  })
  .strict()

const RoutineLibraryImport = z.object({ custom: list(RoutineSchema), builtInEdits: list(RoutineSchema) }).strict()

/** A whole export; `format` and `version` are checked first so their messages can be specific. */
export const ExportBundleSchema = z
  .object({
    format: z.literal('limber-export'),
    version: z.literal(1),
    exportedAtMs: z.number().int().nonnegative(),
    // Exports made before the language could be chosen follow the system's language.
    settings: Settings.extend({ language: settingsFields.language.default('system') }),
    journal: JournalImport,
    routines: RoutineLibraryImport,
    hotDays: z.array(z.iso.date()).max(HOT_DAYS_MAX)
  })
  .strict() satisfies z.ZodType<ExportBundle>

type Path = readonly PropertyKey[]

/** `journal.water[3].amountMl` */
function pathText(path: Path): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('')
}

/** A value from the file, shortened so a hostile megabyte-long key cannot flood the message. */
export function shown(value: unknown): string {
  const text = value === undefined ? 'none' : (JSON.stringify(value) ?? String(value))
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`

const typeWords: Readonly<Record<string, string>> = {
  int: 'must be a whole number',
  number: 'must be a number',
  string: 'must be text',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object with named fields'
}

function sizeWords(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big'
  const limit = Number(big ? issue.maximum : issue.minimum)
  if (issue.origin === 'string') {
    if (!big && limit === 1) return 'must not be empty'
    return big
      ? `is too long (at most ${plural(limit, 'character', 'characters')})`
      : `is too short (at least ${limit})`
  }
  if (issue.origin === 'array') {
    return big ? `has too many entries (at most ${limit})` : `needs at least ${plural(limit, 'entry', 'entries')}`
  }
  if (big) return issue.inclusive === false ? `must be less than ${limit}` : `must be at most ${limit}`
  return issue.inclusive === false ? `must be more than ${limit}` : `must be at least ${limit}`
}

/** Zod reports an absent field as a wrong type (or value) whose input is undefined. */
const isMissing = (issue: z.core.$ZodIssue): boolean =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined

function issueWords(issue: z.core.$ZodIssue): string {
  if (isMissing(issue)) return 'is missing'
  switch (issue.code) {
    case 'invalid_type':
      return typeWords[issue.expected] ?? `must be ${issue.expected}`
    case 'too_big':
    case 'too_small':
      return sizeWords(issue)
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a date such as 2026-05-01'
      // The schemas give their patterns a human message; zod's own names a regular expression.
      return issue.message.startsWith('Invalid string') ? 'is not in the expected form' : issue.message
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${shown(issue.values[0])}`
        : `must be one of ${issue.values.map(shown).join(', ')}`
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `must be one of ${issue.options.map(shown).join(', ')}`
        : 'does not match any form Limber knows'
    case 'unrecognized_keys': {
      const names = issue.keys.slice(0, 5).map(shown).join(', ')
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ''
      return `${issue.keys.length === 1 ? 'unknown field' : 'unknown fields'} ${names}${more}`
    }
    default:
      return issue.message
  }
}

/** One schema issue as a sentence naming where it is: `journal.water[3].amountMl: must be at most 3000`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const words = issueWords(issue)
  if (issue.path.length === 0) {
    return issue.code === 'unrecognized_keys' ? `The export has ${words}.` : `The export ${words}.`
  }
  if (issue.path.length === 1 && isMissing(issue)) return `Missing part: ${String(issue.path[0])}`
  return `${pathText(issue.path)}: ${words}`
}

/** Ids used twice in one list: a merge by id could not tell the two apart. */
function duplicates<T>(name: string, entries: readonly T[], key: (entry: T) => string, what: string): string[] {
  const firstIndex = new Map<string, number>()
  return entries.flatMap((entry, index) => {
    const value = key(entry)
    const first = firstIndex.get(value)
    if (first === undefined) firstIndex.set(value, index)
    return first === undefined ? [] : [`${name}[${index}].${what}: ${shown(value)} is also used by ${name}[${first}]`]
  })
}

/** What the schema cannot see: ids and dates that must be unique, routines filed in the wrong list. */
export function crossCheck(bundle: ExportBundle): string[] {
  const { journal, routines } = bundle
  const byId = (entry: { readonly id: string }) => entry.id
  const byDate = (entry: { readonly date: string }) => entry.date
  return [
    ...duplicates('journal.water', journal.water, byId, 'id'),
    ...duplicates('journal.routines', journal.routines, byId, 'id'),
    ...duplicates('journal.reminders', journal.reminders, byId, 'id'),
    ...duplicates('journal.cramps', journal.cramps, byId, 'id'),
    ...duplicates('journal.days', journal.days, byDate, 'date'),
    ...duplicates('journal.checkIns', journal.checkIns, byDate, 'date'),
    ...duplicates('routines.custom', routines.custom, byId, 'id'),
    ...duplicates('routines.builtInEdits', routines.builtInEdits, byId, 'id'),
    // Limber files an edit of a built-in routine under builtInEdits, never under custom.
    ...routines.custom.flatMap((routine, index) =>
      builtInRoutine(routine.id) ? [`routines.custom[${index}].id: ${shown(routine.id)} is a built-in routine`] : []
    ),
    ...routines.builtInEdits.flatMap((routine, index) =>
      builtInRoutine(routine.id)
        ? []
        : [`routines.builtInEdits[${index}].id: ${shown(routine.id)} is not a built-in routine`]
    )
  ]
}
