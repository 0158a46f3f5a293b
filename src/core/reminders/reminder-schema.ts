import { z } from 'zod'
import { clockTimePattern } from '../settings/settings-limits'
import type { DocumentDefinition } from '../journal/document'
import {
  longWorkoutMinutes,
  reminderKinds,
  reminderLimits,
  workoutKinds,
  type FiredReminder,
  type ReminderSettings,
  type ReminderState,
  type WorkoutPlan
} from './reminders'
import { weekdays } from '../time/weekdays'

const clockTime = z.string().regex(clockTimePattern, 'Use a 24-hour time such as 07:30')
const int = (min: number, max: number) => z.number().int().min(min).max(max)

/** How the user wants to be reminded. */
export const ReminderSettingsSchema = z
  .object({
    hydration: z
      .object({
        enabled: z.boolean(),
        intervalMinutes: int(reminderLimits.intervalMinutes.min, reminderLimits.intervalMinutes.max).nullable()
      })
      .strict(),
    preWorkoutDrink: z
      .object({
        enabled: z.boolean(),
        leadMinutes: int(reminderLimits.preWorkoutLeadMinutes.min, reminderLimits.preWorkoutLeadMinutes.max),
        amountMl: int(reminderLimits.preWorkoutAmountMl.min, reminderLimits.preWorkoutAmountMl.max)
      })
      .strict(),
    // Settings saved before electrolyte reminders existed lack this group: default it rather than fail the whole
    // `reminders` field, which the settings salvage would otherwise replace with defaults.
    electrolytes: z
      .object({
        enabled: z.boolean(),
        leadMinutes: int(reminderLimits.electrolytesLeadMinutes.min, reminderLimits.electrolytesLeadMinutes.max),
        minWorkoutMinutes: int(
          reminderLimits.electrolytesMinWorkoutMinutes.min,
          reminderLimits.electrolytesMinWorkoutMinutes.max
        )
      })
      .strict()
      .default(() => defaultReminderSettings().electrolytes),
    warmUp: z
      .object({
        enabled: z.boolean(),
        leadMinutes: int(reminderLimits.warmUpLeadMinutes.min, reminderLimits.warmUpLeadMinutes.max)
      })
      .strict(),
    coolDown: z
      .object({
        enabled: z.boolean(),
        delayMinutes: int(reminderLimits.coolDownDelayMinutes.min, reminderLimits.coolDownDelayMinutes.max)
      })
      .strict(),
    quietHours: z.object({ enabled: z.boolean(), start: clockTime, end: clockTime }).strict(),
    doNotDisturb: z.boolean()
  })
  .strict() satisfies z.ZodType<ReminderSettings>

/** A planned workout. */
export const WorkoutPlanSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lowercase letters, digits and dashes'),
    kind: z.enum(workoutKinds),
    time: clockTime,
    durationMinutes: int(reminderLimits.workoutMinutes.min, reminderLimits.workoutMinutes.max),
    schedule: z.discriminatedUnion('type', [
      z
        .object({
          type: z.literal('weekly'),
          weekdays: z.array(z.enum(weekdays)).min(1, 'Choose at least one day').max(7)
        })
        .strict(),
      z.object({ type: z.literal('once'), date: z.iso.date('Use a date such as 2026-05-01') }).strict()
    ]),
    addedAtMs: z.number().int().nonnegative().optional(),
    // Optional, so settings saved before it existed read unchanged (no migration needed): absent means not allowed.
    allowInQuietHours: z.boolean().optional()
  })
  .strict() satisfies z.ZodType<WorkoutPlan>

/**
 * Reminder defaults: NATA's 500 ml about two hours before, electrolytes an hour before workouts of an hour or
 * more, a warm-up 15 minutes before, quiet at night.
 */
export function defaultReminderSettings(): ReminderSettings {
  return {
    hydration: { enabled: true, intervalMinutes: null },
    preWorkoutDrink: { enabled: true, leadMinutes: 120, amountMl: 500 },
    electrolytes: { enabled: true, leadMinutes: 60, minWorkoutMinutes: longWorkoutMinutes },
    warmUp: { enabled: true, leadMinutes: 15 },
    coolDown: { enabled: true, delayMinutes: 5 },
    quietHours: { enabled: true, start: '22:00', end: '07:00' },
    doNotDisturb: false
  }
}

/** The reminder kinds, for input schemas. */
export const ReminderKindSchema = z.enum(reminderKinds)

/** A reminder that fired, as the journal keeps it. */
export const FiredReminderSchema = z
  .object({
    id: z.string().min(1).max(120),
    kind: ReminderKindSchema,
    dueAtMs: z.number().int().nonnegative(),
    firedAtMs: z.number().int().nonnegative(),
    amountMl: z.number().int().min(1).max(5000).optional(),
    workoutId: z.string().max(64).optional(),
    catchUp: z.boolean(),
    response: z.enum(['none', 'drank', 'snoozed', 'dismissed', 'opened']),
    respondedAtMs: z.number().int().nonnegative().optional()
  })
  .strict() satisfies z.ZodType<FiredReminder>

const ReminderStateSchema = z
  .object({
    pausedUntilMs: z.number().int().nonnegative().nullable(),
    pausedIndefinitely: z.boolean(),
    snoozedUntilMs: z.partialRecord(ReminderKindSchema, z.number().int().nonnegative()),
    hotDays: z.array(z.iso.date()).max(400),
    startedAtMs: z.number().int().nonnegative().nullable(),
    skipped: z
      .array(
        z
          .object({ id: z.string().min(1).max(120), kind: ReminderKindSchema, dueAtMs: z.number().int().nonnegative() })
          .strict()
      )
      .max(400)
  })
  .strict() satisfies z.ZodType<ReminderState>

/** Nothing paused, snoozed or marked hot. */
export const emptyReminderState = (): ReminderState => ({
  pausedUntilMs: null,
  pausedIndefinitely: false,
  snoozedUntilMs: {},
  hotDays: [],
  startedAtMs: null,
  skipped: []
})

/** The reminder-state document (`reminders.json`): pause, snoozes, hot days, skips; a missing field takes its default. */
export const reminderStateDocument: DocumentDefinition<ReminderState> = {
  name: 'reminders',
  currentVersion: 1,
  migrations: [],
  defaults: emptyReminderState,
  salvage: (candidate) => {
    const value = { ...emptyReminderState() }
    const dropped: string[] = []
    for (const key of Object.keys(ReminderStateSchema.shape) as (keyof ReminderState)[]) {
      if (!(key in candidate)) continue
      const parsed = ReminderStateSchema.shape[key].safeParse(candidate[key])
      if (parsed.success) Object.assign(value, { [key]: parsed.data })
      else dropped.push(key)
    }
    return { value, dropped }
  }
}
