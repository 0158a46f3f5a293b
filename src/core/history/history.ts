/**
 * The History screen's figures, worked out from the journal (detail for recent days, daily totals for
 * older ones) and the settings. Pure: the service calls `historyView` when the window asks for it.
 */
import type { WarningSign } from '../health/warning-signs'

/** Water on one local day against that day's goal. */
export interface WaterDay {
  /** `YYYY-MM-DD`, local. */
  readonly date: string
  readonly totalMl: number
  /** The goal as it stands now (plus the hot-day extra on a day marked hot). */
  readonly goalMl: number
  readonly met: boolean
  /** Today, while its goal is not met yet: still going on, so neither met nor missed. */
  readonly inProgress: boolean
  readonly drinks: number
  readonly hotDay: boolean
}

/** Cramps in one week (Monday to Sunday, local). */
export interface CrampWeek {
  /** The Monday, `YYYY-MM-DD`. */
  readonly weekStart: string
  readonly count: number
  /** How many cramps of severity 1…5 (index 0 is severity 1). */
  readonly bySeverity: readonly [number, number, number, number, number]
  readonly maxSeverity: number | null
}

/** Routines done against workouts planned in one week (Monday to Sunday, local). */
export interface RoutineWeek {
  readonly weekStart: string
  readonly warmUps: number
  readonly coolDowns: number
  /** Workouts the current plan puts in that week. */
  readonly workoutsPlanned: number
}

/** A run of days (or workouts) in a row; `current` counts back from today (today not yet failing). */
export interface Streak {
  readonly current: number
  readonly best: number
}

/** The urine-colour check-in of a day. */
export interface UrineDay {
  readonly date: string
  readonly level: number
}

/** Everything the History screen shows. */
export interface HistoryView {
  /** Today's local date. */
  readonly today: string
  /** The last 30 days, oldest first, today last (the 7-day chart is the last 7). */
  readonly water: readonly WaterDay[]
  /** The last 12 weeks, oldest first, this week last. */
  readonly crampWeeks: readonly CrampWeek[]
  /** The last 8 weeks, oldest first, this week last. */
  readonly routineWeeks: readonly RoutineWeek[]
  readonly streaks: {
    /** Days in a row with the water goal met. */
    readonly goalMet: Streak
    /** Planned workout days in a row with at least as many warm-ups done as workouts planned. */
    readonly warmUpBeforeWorkouts: Streak
  }
  /** Check-ins of the last 30 days, oldest first. */
  readonly urine: readonly UrineDay[]
  /** Every warning sign raised so far, newest first, with whether the panel was seen. */
  readonly warnings: readonly (WarningSign & { readonly acknowledged: boolean })[]
  /** The first day the journal knows of (null for an empty journal). */
  readonly firstDate: string | null
}
