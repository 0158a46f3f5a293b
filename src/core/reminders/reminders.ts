/**
 * The reminder and workout-plan model (types only, no zod, so the window can import it).
 * Schemas live in reminder-schema.ts, the planner in planner.ts.
 */
import type { Weekday } from '../time/weekdays'

/** The kinds of reminder Limber sends. */
export const reminderKinds = ['hydration', 'pre-workout-drink', 'electrolytes', 'warm-up', 'cool-down'] as const
/** One kind of reminder. */
export type ReminderKind = (typeof reminderKinds)[number]

/** What a planned workout is. */
export const workoutKinds = ['run', 'ride', 'gym', 'other'] as const
/** A workout's kind. */
export type WorkoutKind = (typeof workoutKinds)[number]

/** A workout the user plans: every week on some weekdays, or once on a date; at a local time. */
export interface WorkoutPlan {
  readonly id: string
  readonly kind: WorkoutKind
  /** Local `HH:MM`; a 07:00 run stays at 07:00 across DST changes. */
  readonly time: string
  readonly durationMinutes: number
  readonly schedule:
    | { readonly type: 'weekly'; readonly weekdays: readonly Weekday[] }
    | { readonly type: 'once'; readonly date: string }
  /** When it was added to the plan: History counts it from that day on (missing: from today). */
  readonly addedAtMs?: number
  /** The person allowed this workout's reminders in quiet hours and outside active hours (absent: not allowed). */
  readonly allowInQuietHours?: boolean
}

/** How the user wants to be reminded (part of settings). */
export interface ReminderSettings {
  readonly hydration: {
    readonly enabled: boolean
    /** Minutes between drink reminders; null = worked out from the goal and the active hours. */
    readonly intervalMinutes: number | null
  }
  /** A drink about two hours before a workout (NATA: 500–600 ml 2–3 h before). */
  readonly preWorkoutDrink: { readonly enabled: boolean; readonly leadMinutes: number; readonly amountMl: number }
  /**
   * Electrolytes (a sports drink or salty snack, potassium/magnesium foods) before a long workout or any workout
   * on a hot day: NATA (2017) warns that plain water alone over an hour or more risks hyponatraemia.
   */
  readonly electrolytes: {
    readonly enabled: boolean
    readonly leadMinutes: number
    /** Workouts at least this long get one; shorter ones only on a day marked hot. */
    readonly minWorkoutMinutes: number
  }
  /** A warm-up reminder shortly before a workout; it opens the warm-up routine. */
  readonly warmUp: { readonly enabled: boolean; readonly leadMinutes: number }
  /** After the planned end: cool down and rehydrate. */
  readonly coolDown: { readonly enabled: boolean; readonly delayMinutes: number }
  /** Nothing fires inside quiet hours; they may run past midnight (22:00–07:00). */
  readonly quietHours: { readonly enabled: boolean; readonly start: string; readonly end: string }
  readonly doNotDisturb: boolean
}

/** Reminder state the user changes from the tray or the window (not settings: it comes and goes). */
export interface ReminderState {
  /** Pause all reminders until this instant. */
  readonly pausedUntilMs: number | null
  /** Pause all reminders until turned back on. */
  readonly pausedIndefinitely: boolean
  /** A snoozed kind waits until this instant. */
  readonly snoozedUntilMs: Partial<Record<ReminderKind, number>>
  /** Local dates (`YYYY-MM-DD`) marked as hot-weather or heavy-training days. */
  readonly hotDays: readonly string[]
  /** When reminders began (the first-run setup was finished): the first drink reminder comes an interval later. */
  readonly startedAtMs: number | null
  /** Coming reminders the user chose to skip; each is treated as sent at its due time. */
  readonly skipped: readonly SkippedReminder[]
}

/** A coming reminder the user skipped from the Reminders screen. */
export interface SkippedReminder {
  readonly id: string
  readonly kind: ReminderKind
  readonly dueAtMs: number
}

/** A reminder the planner says is due at some instant. */
export interface PlannedReminder {
  /** Stable for workout reminders (`warm-up:<workoutId>:<date>`), so a fired one is never sent twice. */
  readonly id: string
  readonly kind: ReminderKind
  readonly dueAtMs: number
  /** For drink reminders: the suggested amount. */
  readonly amountMl?: number
  readonly workoutId?: string
  /** For workout reminders: when the workout starts. */
  readonly workoutStartMs?: number
}

/** What the user did with a reminder that fired. */
export type ReminderResponse = 'none' | 'drank' | 'snoozed' | 'dismissed' | 'opened'

/** A reminder that fired, as the journal keeps it. */
export interface FiredReminder {
  readonly id: string
  readonly kind: ReminderKind
  readonly dueAtMs: number
  readonly firedAtMs: number
  readonly amountMl?: number
  readonly workoutId?: string
  /** Sent late, as the one catch-up for its kind after sleep or a clock jump. */
  readonly catchUp: boolean
  readonly response: ReminderResponse
  readonly respondedAtMs?: number
}

/** Snooze lengths offered everywhere. */
export const snoozeMinutesChoices = [5, 15, 30] as const

/** NATA (2017): sessions of an hour or more are where plain water alone falls short; the words call these long. */
export const longWorkoutMinutes = 60

/** Bounds for reminder settings, kept together so the form can show them. */
export const reminderLimits = {
  intervalMinutes: { min: 15, max: 240 },
  preWorkoutLeadMinutes: { min: 30, max: 240 },
  preWorkoutAmountMl: { min: 100, max: 1000 },
  electrolytesLeadMinutes: { min: 15, max: 240 },
  electrolytesMinWorkoutMinutes: { min: 15, max: 600 },
  warmUpLeadMinutes: { min: 5, max: 120 },
  coolDownDelayMinutes: { min: 0, max: 60 },
  workoutMinutes: { min: 5, max: 600 },
  workouts: { max: 50 }
} as const
