import { z } from 'zod'
import type { DocumentDefinition } from './document'
import { routinePurposes } from './routine'
import type { FiredReminder } from './reminders'
import { FiredReminderSchema } from './reminder-schema'
import type { CrampEntry } from './cramps'
import { CrampEntrySchema } from './cramp-schema'
import { settingsLimits } from './settings-limits'

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
    completed: z.boolean(),
    completedFraction: z.number().min(0).max(1)
  })
  .strict()
/** A journalled routine session. */
export type RoutineLogEntry = z.infer<typeof RoutineLogEntry>

/** The journal: what the user did, kept apart from settings. */
export interface Journal {
  readonly water: readonly WaterEntry[]
  readonly routines: readonly RoutineLogEntry[]
  /** Reminders that fired and what the user did with them. */
  readonly reminders: readonly FiredReminder[]
  readonly cramps: readonly CrampEntry[]
}

/** An empty journal for a first start. */
export const emptyJournal = (): Journal => ({ water: [], routines: [], reminders: [], cramps: [] })

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
  return { value: { water, routines, reminders, cramps }, dropped }
}

/** The journal document: schema version 1. */
export const journalDocument: DocumentDefinition<Journal> = {
  name: 'journal',
  currentVersion: 1,
  migrations: [],
  defaults: emptyJournal,
  salvage: salvageJournal
}
