/** Journal entries for tests, at local dates and times (the test file fixes `process.env.TZ` first). */
import type { CrampEntry } from './cramps'
import { emptyJournal, type DaySummary, type Journal, type RoutineLogEntry, type WaterEntry } from './journal'
import { localMs } from '../reminders/planner-fixtures'
import type { RoutinePurpose } from '../routines/routine'

/** A drink logged at a local date and time. */
export const drinkAt = (
  date: string,
  time: string,
  amountMl: number,
  id = `w-${date}-${time}-${amountMl}`
): WaterEntry => ({
  id,
  loggedAtMs: localMs(date, time),
  amountMl
})

/** A routine that ended at a local date and time, ten minutes after it started. */
export const routineAt = (date: string, time: string, purpose: RoutinePurpose, completed = true): RoutineLogEntry => ({
  id: `r-${date}-${time}-${purpose}`,
  routineId: purpose,
  routineName: purpose,
  purpose,
  startedAtMs: localMs(date, time) - 10 * 60_000,
  endedAtMs: localMs(date, time),
  completed,
  completedFraction: completed ? 1 : 0.5
})

/** A plain two-minute cramp in the left hamstring during a workout, with any field changed. */
export const crampAt = (date: string, time: string, changes: Partial<CrampEntry> = {}): CrampEntry => ({
  id: `c-${date}-${time}`,
  startedAtMs: localMs(date, time),
  loggedAtMs: localMs(date, time) + 60_000,
  leg: 'left',
  location: 'back-of-thigh',
  severity: 2,
  durationMinutes: 2,
  context: 'during-workout',
  symptoms: [],
  disturbedSleep: false,
  ...changes
})

/** A compacted day with nothing in it but what `extra` gives. */
export const daySummary = (date: string, extra: Partial<DaySummary> = {}): DaySummary => ({
  date,
  waterMl: 0,
  drinks: 0,
  routinesCompleted: { 'warm-up': 0, 'cool-down': 0, relief: 0 },
  remindersFired: 0,
  ...extra
})

/** An empty journal with the given lists. */
export const journalWith = (parts: Partial<Journal>): Journal => ({ ...emptyJournal(), ...parts })
