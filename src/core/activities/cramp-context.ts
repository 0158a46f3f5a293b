/**
 * What came before each cramp: workouts in the day before it (length, intensity, heat, warm-up and cool-down),
 * water that day against the goal, and night or day. Facts only, as data; cramp-patterns.ts counts them.
 */
import { activityEndMs, type ActivityEntry } from './activity'
import { activityIntensity, personalMaxHeartRate, type IntensityLevel } from './intensity'
import { patternThresholds as limits } from './pattern-thresholds'
import { goalRaise, sweatContextOf, sweatLossEstimate } from './rehydration'
import type { CrampEntry } from '../journal/cramps'
import type { Journal } from '../journal/journal'
import { HOT_DAY_EXTRA_ML } from '../reminders/planner-hydration'
import { clockTimeToMinutes } from '../time/local-date'
import { dateOfDayNumber, dayNumberOfDate, dayNumberOfMs, type DayNumber } from '../time/local-weeks'

/** What the pattern rules read: the journal, the recorded activities, the goal settings and now. */
export interface CrampPatternInput {
  readonly journal: Pick<Journal, 'water' | 'routines' | 'cramps' | 'days' | 'checkIns' | 'reminders'>
  readonly activities: readonly ActivityEntry[]
  readonly dailyGoalMl: number
  /** Local dates marked hot or heavy-training (ReminderState.hotDays): their goal has the hot-day extra. */
  readonly hotDays: readonly string[]
  readonly nowMs: number
}

/** One recorded workout as the pattern rules see it. */
export interface WorkoutFacts {
  readonly activityId: string
  readonly sport: ActivityEntry['sport']
  readonly startMs: number
  readonly endMs: number
  readonly minutes: number
  readonly intensity: IntensityLevel
  readonly avgTemperatureC: number | null
  readonly long: boolean
  readonly hot: boolean
  readonly hard: boolean
  /** A completed warm-up ended shortly before it (or, on a compacted day, one was completed that day). */
  readonly warmUp: boolean
  /** A completed cool-down started shortly after it (or, on a compacted day, one was completed that day). */
  readonly coolDown: boolean
}

/** One cramp and what came before it. */
export interface CrampContext {
  readonly crampId: string
  readonly startedAtMs: number
  /** The cramp's local date. */
  readonly date: string
  /** Workouts overlapping the day before the cramp (`lookBackMs`, that end included), oldest first. */
  readonly workouts: readonly WorkoutFacts[]
  /** Water logged that day against that day's goal (with the hot-day extra and the workouts' raise). */
  readonly water: { readonly totalMl: number; readonly goalMl: number; readonly underGoal: boolean }
  readonly night: boolean
}

/** The journal and activities indexed by local day, for contexts and base rates. */
export interface PatternIndex {
  readonly workouts: readonly WorkoutFacts[]
  /** Workouts by the local day they started. */
  readonly workoutsByDay: ReadonlyMap<DayNumber, readonly WorkoutFacts[]>
  readonly water: (day: DayNumber) => { totalMl: number; goalMl: number; underGoal: boolean }
  /** The first local day the journal or the activities know of (null: none yet). */
  readonly firstDay: DayNumber | null
}

const minuteMs = 60_000

/** Whether a sorted list holds a value in [fromMs, toMs] (binary search: years of routines stay fast). */
function anyWithin(sorted: readonly number[], fromMs: number, toMs: number): boolean {
  let [low, high] = [0, sorted.length]
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] ?? 0) < fromMs) low = middle + 1
    else high = middle
  }
  return low < sorted.length && (sorted[low] ?? 0) <= toMs
}

/** Whether a workout had its warm-up before it and its cool-down after it (completed routines only). */
function routineDays(journal: CrampPatternInput['journal']) {
  const summaries = new Map(journal.days.map((day) => [dayNumberOfDate(day.date), day.routinesCompleted]))
  const completed = journal.routines.filter((routine) => routine.completed)
  const byNumber = (a: number, b: number) => a - b
  const warmUpEnds = completed
    .filter((r) => r.purpose === 'warm-up')
    .map((r) => r.endedAtMs)
    .sort(byNumber)
  const coolDownStarts = completed
    .filter((r) => r.purpose === 'cool-down')
    .map((r) => r.startedAtMs)
    .sort(byNumber)
  const { warmUpBeforeMs: before, coolDownAfterMs: after } = limits
  return {
    warmUp: (a: ActivityEntry) =>
      anyWithin(warmUpEnds, a.startMs - before.value, a.startMs + before.graceMs) ||
      (summaries.get(dayNumberOfMs(a.startMs))?.['warm-up'] ?? 0) > 0,
    coolDown: (a: ActivityEntry) =>
      anyWithin(coolDownStarts, activityEndMs(a) - after.graceMs, activityEndMs(a) + after.value) ||
      (summaries.get(dayNumberOfMs(activityEndMs(a)))?.['cool-down'] ?? 0) > 0
  }
}

/** Indexes the journal and the activities by local day. */
export function patternIndex(input: CrampPatternInput): PatternIndex {
  const { journal, activities } = input
  const personalMax = personalMaxHeartRate(activities)
  const routines = routineDays(journal)
  const workouts = [...activities]
    .sort((a, b) => a.startMs - b.startMs)
    .map((a): WorkoutFacts => {
      const minutes = Math.round((a.durationMs / minuteMs) * 10) / 10
      const intensity = activityIntensity(a, personalMax).level
      const avgTemperatureC = a.avgTemperatureC ?? null
      return {
        activityId: a.id,
        sport: a.sport,
        startMs: a.startMs,
        endMs: activityEndMs(a),
        minutes,
        intensity,
        avgTemperatureC,
        long: a.durationMs > limits.longWorkoutMinutes.value * minuteMs,
        hot: avgTemperatureC !== null && avgTemperatureC >= limits.hotFromC.value,
        hard: intensity === 'high',
        warmUp: routines.warmUp(a),
        coolDown: routines.coolDown(a)
      }
    })
  const workoutsByDay = new Map<DayNumber, WorkoutFacts[]>()
  for (const w of workouts)
    workoutsByDay.set(dayNumberOfMs(w.startMs), [...(workoutsByDay.get(dayNumberOfMs(w.startMs)) ?? []), w])
  const waterMl = new Map<DayNumber, number>()
  const addWater = (day: DayNumber, ml: number) => waterMl.set(day, (waterMl.get(day) ?? 0) + ml)
  for (const summary of journal.days) addWater(dayNumberOfDate(summary.date), summary.waterMl)
  for (const drink of journal.water) addWater(dayNumberOfMs(drink.loggedAtMs), drink.amountMl)
  // The day's goal rises by what the workouts that ended that day lost (rehydration.ts).
  const raiseMl = new Map<DayNumber, number>()
  const sweatContext = sweatContextOf(activities)
  for (const a of activities) {
    const day = dayNumberOfMs(activityEndMs(a))
    raiseMl.set(day, (raiseMl.get(day) ?? 0) + goalRaise(sweatLossEstimate(a, sweatContext)))
  }
  const hot = new Set(input.hotDays.map(dayNumberOfDate))
  const water = (day: DayNumber) => {
    const totalMl = waterMl.get(day) ?? 0
    const goalMl = input.dailyGoalMl + (hot.has(day) ? HOT_DAY_EXTRA_ML : 0) + (raiseMl.get(day) ?? 0)
    return { totalMl, goalMl, underGoal: totalMl < goalMl }
  }
  const known = [
    ...waterMl.keys(),
    ...workoutsByDay.keys(),
    ...journal.routines.map((r) => dayNumberOfMs(r.endedAtMs)),
    ...journal.cramps.map((c) => dayNumberOfMs(c.startedAtMs)),
    ...journal.checkIns.map((c) => dayNumberOfDate(c.date)),
    ...journal.reminders.map((r) => dayNumberOfMs(r.firedAtMs)),
    ...journal.days.map((d) => dayNumberOfDate(d.date))
  ]
  const firstDay = known.length === 0 ? null : known.reduce((a, b) => Math.min(a, b))
  return { workouts, workoutsByDay, water, firstDay }
}

const nightStartMinutes = clockTimeToMinutes(limits.night.start)
const nightEndMinutes = clockTimeToMinutes(limits.night.end)

/** Whether a cramp came at night: logged as at night, or at a local time from 22:00 to before 06:00. */
export function crampAtNight(cramp: Pick<CrampEntry, 'startedAtMs' | 'context'>): boolean {
  const at = new Date(cramp.startedAtMs)
  const minutes = at.getHours() * 60 + at.getMinutes()
  return cramp.context === 'at-night' || minutes >= nightStartMinutes || minutes < nightEndMinutes
}

/** What came before one cramp. */
export function crampContext(cramp: CrampEntry, index: PatternIndex): CrampContext {
  const fromMs = cramp.startedAtMs - limits.lookBackMs.value
  const day = dayNumberOfMs(cramp.startedAtMs)
  return {
    crampId: cramp.id,
    startedAtMs: cramp.startedAtMs,
    date: dateOfDayNumber(day),
    workouts: index.workouts.filter((w) => w.startMs <= cramp.startedAtMs && w.endMs >= fromMs),
    water: index.water(day),
    night: crampAtNight(cramp)
  }
}
