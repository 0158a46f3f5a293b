/** Builders for the reminder planner's tests (no test runner here, so the property tests can share them). */
import type { WaterEntry } from '../journal/journal'
import type { PlannerInput } from './planner'
import type { FiredReminder, PlannedReminder, ReminderResponse, ReminderSettings, WorkoutPlan } from './reminders'
import { emptyReminderState } from './reminder-schema'
import { defaultSettings, type ActiveDay, type Settings } from '../settings/settings'
import { weekdays, type Weekday } from '../time/weekdays'

/** Reminder settings with some fields of some groups replaced. */
export type ReminderOverrides = { readonly [K in keyof ReminderSettings]?: Partial<ReminderSettings[K]> }

/** Default settings with the given changes; `hours` sets the same active hours on every weekday. */
export function testSettings(
  options: {
    readonly reminders?: ReminderOverrides
    readonly hours?: { readonly start: string; readonly end: string }
    readonly days?: Partial<Record<Weekday, ActiveDay>>
    readonly workouts?: readonly WorkoutPlan[]
    readonly dailyGoalMl?: number
    readonly glassMl?: number
  } = {}
): Settings {
  const base = defaultSettings()
  const [given, defaults] = [options.reminders ?? {}, base.reminders]
  const reminders: ReminderSettings = {
    hydration: { ...defaults.hydration, ...given.hydration },
    preWorkoutDrink: { ...defaults.preWorkoutDrink, ...given.preWorkoutDrink },
    electrolytes: { ...defaults.electrolytes, ...given.electrolytes },
    warmUp: { ...defaults.warmUp, ...given.warmUp },
    coolDown: { ...defaults.coolDown, ...given.coolDown },
    quietHours: { ...defaults.quietHours, ...given.quietHours },
    doNotDisturb: given.doNotDisturb ?? defaults.doNotDisturb
  }
  const activeHours = Object.fromEntries(
    weekdays.map((day) => [
      day,
      options.days?.[day] ?? (options.hours ? { enabled: true, ...options.hours } : base.activeHours[day])
    ])
  ) as Settings['activeHours']
  return {
    ...base,
    dailyGoalMl: options.dailyGoalMl ?? base.dailyGoalMl,
    glassMl: options.glassMl ?? base.glassMl,
    activeHours,
    reminders,
    workouts: (options.workouts ?? []).map(({ schedule, ...workout }) => ({
      ...workout,
      schedule: schedule.type === 'weekly' ? { type: 'weekly', weekdays: [...schedule.weekdays] } : schedule
    }))
  }
}

/** The instant of a local date and wall-clock time in the current TZ (`2026-06-15`, `07:00`). */
export function localMs(date: string, time = '00:00'): number {
  const [year, month, day] = date.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0).getTime()
}

/** `YYYY-MM-DD HH:MM` on the local wall clock. */
export function localClock(ms: number): string {
  const at = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** Planner input with nothing drunk, fired, paused or snoozed unless given. */
export function plannerInput(settings: Settings, nowMs: number, extra: Partial<PlannerInput> = {}): PlannerInput {
  return { settings, state: emptyReminderState(), water: [], fired: [], nowMs, ...extra }
}

/** A drink logged at an instant. */
export function drink(loggedAtMs: number, amountMl: number, id = `drink-${loggedAtMs}`): WaterEntry {
  return { id, loggedAtMs, amountMl }
}

/** The journal record of a planned reminder sent at `firedAtMs` (default: on time). */
export function firedFrom(
  reminder: PlannedReminder,
  firedAtMs = reminder.dueAtMs,
  response: ReminderResponse = 'none'
): FiredReminder {
  const { workoutStartMs: _start, ...sent } = reminder
  return { ...sent, firedAtMs, catchUp: false, response }
}

/** A run at a local time, weekly on the given days or once on a date. */
export function run(
  id: string,
  time: string,
  schedule: WorkoutPlan['schedule'] = { type: 'weekly', weekdays: [...weekdays] },
  durationMinutes = 30
): WorkoutPlan {
  return { id, kind: 'run', time, durationMinutes, schedule }
}
