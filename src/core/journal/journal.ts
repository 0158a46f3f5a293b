import { z } from 'zod'
import type { DocumentDefinition } from './document'
import { routinePurposes } from '../routines/routine'
import type { FiredReminder } from '../reminders/reminders'
import { FiredReminderSchema } from '../reminders/reminder-schema'
import type { CrampEntry } from './cramps'
import { CrampEntrySchema } from './cramp-schema'
import { settingsLimits } from '../settings/settings-limits'
import { ActivityEntry } from '../activities/activity'

/** One drink the user logged. */
export const WaterEntry = z
  .object({
    id: z.string().min(1).max(64),
    loggedAtMs: z.number().int().nonnegative(),
    amountMl: z.number().int().min(settingsLimits.customAmountMl.min).max(settingsLimits.customAmountMl.max)
  })
  .strict()
/** A logged drink. */
export type WaterEntry = z.infer<typeof WaterEntry>

/** A routine session as the journal keeps it: finished, or stopped early with how far it got. */
export const RoutineLogEntry = z
  .object({
    id: z.string().min(1).max(64),
    routineId: z.string().min(1).max(64),
    routineName: z.string().max(80),
    purpose: z.enum(routinePurposes),
    startedAtMs: z.number().int().nonnegative(),
    endedAtMs: z.number().int().nonnegative(),
    /** Counts as done: most of its planned time was really spent (see routine-accounting.ts). */
    completed: z.boolean(),
    /** The share of the planned work time really spent (each part counted up to its plan). */
    completedFraction: z.number().min(0).max(1),
    /** Ran to its last step (possibly by skipping), rather than stopped; absent before honest accounting. */
    reachedEnd: z.boolean().optional(),
    /** Running time really spent, pauses excluded. */
    activeMs: z
      .number()
      .int()
      .nonnegative()
      .max(24 * 60 * 60 * 1000)
      .optional(),
    /** The planned work time (get-ready, switch-sides and rests not included). */
    plannedMs: z
      .number()
      .int()
      .nonnegative()
      .max(24 * 60 * 60 * 1000)
      .optional(),
    /** Work parts (each side of each set of each step), and how many of them got less than half their time. */
    parts: z.number().int().nonnegative().max(10_000).optional(),
    partsSkipped: z.number().int().nonnegative().max(10_000).optional()
  })
  .strict()
/** A journalled routine session. */
export type RoutineLogEntry = z.infer<typeof RoutineLogEntry>

/** How many routines of each purpose were completed on a day. */
export const RoutineCounts = z
  .object({
    'warm-up': z.number().int().nonnegative().max(1000),
    'cool-down': z.number().int().nonnegative().max(1000),
    relief: z.number().int().nonnegative().max(1000)
  })
  .strict()
/** Completed routines per purpose. */
export type RoutineCounts = z.infer<typeof RoutineCounts>

/**
 * One older day, kept as totals once its detail is compacted away (see journal-compaction.ts), so the
 * journal stays small however many years it covers.
 */
export const DaySummary = z
  .object({
    date: z.iso.date(),
    waterMl: z.number().int().nonnegative().max(100_000),
    drinks: z.number().int().nonnegative().max(1000),
    /** Routines completed (abandoned ones are not counted). */
    routinesCompleted: RoutineCounts,
    remindersFired: z.number().int().nonnegative().max(10_000),
    /** That day's urine-colour check-in (1 = clear … 8 = brown), if there was one. */
    urineLevel: z.number().int().min(1).max(8).optional()
  })
  .strict()
/** An older day kept as totals. */
export type DaySummary = z.infer<typeof DaySummary>

/** The daily urine-colour check-in: one per local day (a second one that day replaces the first). */
export const UrineCheckIn = z
  .object({
    date: z.iso.date(),
    checkedAtMs: z.number().int().nonnegative(),
    /** 1 = clear … 3 = pale yellow (the target) … 8 = brown; see core/health/prevention.ts. */
    level: z.number().int().min(1).max(8)
  })
  .strict()
/** A urine-colour check-in. */
export type UrineCheckIn = z.infer<typeof UrineCheckIn>

/** The journal: what the user did, kept apart from settings. */
export interface Journal {
  /** Drinks of the recent days, in detail (older days are in `days`). */
  readonly water: readonly WaterEntry[]
  readonly routines: readonly RoutineLogEntry[]
  /** Reminders that fired and what the user did with them. */
  readonly reminders: readonly FiredReminder[]
  /** Every cramp, in detail (never compacted: they are few, and the warning-sign rules need them). */
  readonly cramps: readonly CrampEntry[]
  /** Older days as totals, oldest first, one per date. */
  readonly days: readonly DaySummary[]
  readonly checkIns: readonly UrineCheckIn[]
  /** Ids of warning-sign panels the user has seen (each trigger is shown once). */
  readonly acknowledgedWarnings: readonly string[]
  /** Workouts imported from the watch, as summaries (never compacted: a few hundred bytes each). */
  readonly activities: readonly ActivityEntry[]
}

/** An empty journal for a first start. */
export const emptyJournal = (): Journal => ({
  water: [],
  routines: [],
  reminders: [],
  cramps: [],
  days: [],
  checkIns: [],
  acknowledgedWarnings: [],
  activities: []
})

/** Bounds that keep a journal (and an imported one) finite. */
export const journalLimits = {
  /** Way beyond years of real use once compacted; an import with more is refused. */
  entriesPerList: 200_000,
  acknowledgedWarnings: 5000,
  warningId: 120
} as const

/** Keeps the valid entries of one journal list, naming the ones it drops. */
function salvageList<T>(candidate: Record<string, unknown>, key: string, schema: z.ZodType<T>, dropped: string[]): T[] {
  const raw = candidate[key]
  if (raw !== undefined && !Array.isArray(raw)) dropped.push(key)
  return (Array.isArray(raw) ? raw : []).flatMap((entry, index) => {
    const parsed = schema.safeParse(entry)
    if (!parsed.success) dropped.push(`${key}[${index}]`)
    return parsed.success ? [parsed.data] : []
  })
}

function salvageJournal(candidate: Record<string, unknown>): { value: Journal; dropped: string[] } {
  const dropped: string[] = []
  const water = salvageList(candidate, 'water', WaterEntry, dropped).sort((a, b) => a.loggedAtMs - b.loggedAtMs)
  const routines = salvageList(candidate, 'routines', RoutineLogEntry, dropped).sort(
    (a, b) => a.endedAtMs - b.endedAtMs
  )
  const reminders = salvageList(candidate, 'reminders', FiredReminderSchema, dropped).sort(
    (a, b) => a.firedAtMs - b.firedAtMs
  )
  const cramps = salvageList(candidate, 'cramps', CrampEntrySchema, dropped).sort(
    (a, b) => a.startedAtMs - b.startedAtMs
  )
  const days = uniqueBy(
    salvageList(candidate, 'days', DaySummary, dropped).sort((a, b) => a.date.localeCompare(b.date)),
    (day) => day.date
  )
  const checkIns = uniqueBy(
    salvageList(candidate, 'checkIns', UrineCheckIn, dropped).sort((a, b) => a.date.localeCompare(b.date)),
    (checkIn) => checkIn.date
  )
  const acknowledgedWarnings = [...new Set(salvageList(candidate, 'acknowledgedWarnings', WarningId, dropped))]
  // One entry per file: the same recording (by hash) kept once, the oldest import winning.
  const activities = uniqueBy(
    salvageList(candidate, 'activities', ActivityEntry, dropped)
      .sort((a, b) => b.importedAtMs - a.importedAtMs)
      .sort((a, b) => a.startMs - b.startMs),
    (activity) => activity.hash
  )
  return {
    value: { water, routines, reminders, cramps, days, checkIns, acknowledgedWarnings, activities },
    dropped
  }
}

const WarningId = z.string().min(1).max(journalLimits.warningId)

/** Keeps the last of each key (lists are sorted first, so that is the newest). */
function uniqueBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(list.map((item) => [key(item), item])).values()]
}

/**
 * The journal document. Version 2 added daily totals for older days, urine-colour check-ins and the
 * warning signs already shown; version 3 the activities imported from a watch. An older file simply
 * has none yet.
 */
export const journalDocument: DocumentDefinition<Journal> = {
  name: 'journal',
  compactOnDisk: true,
  currentVersion: 3,
  migrations: [
    { to: 2, migrate: (previous) => ({ days: [], checkIns: [], acknowledgedWarnings: [], ...previous }) },
    { to: 3, migrate: (previous) => ({ activities: [], ...previous }) }
  ],
  defaults: emptyJournal,
  salvage: salvageJournal
}
