/**
 * Works out the History screen's figures (types in history.ts) from the journal and the settings.
 * Everything is indexed by local day number first (local-weeks.ts), so the cost grows with the number of
 * entries plus the number of days the journal covers, never with their product.
 */
import type { CrampWeek, HistoryView, RoutineWeek, Streak, UrineDay, WaterDay } from './history'
import type { Journal } from '../journal/journal'
import type { Settings } from '../settings/settings'
import type { WarningSign } from '../health/warning-signs'
import { weekdays } from '../time/weekdays'
import { HOT_DAY_EXTRA_ML } from '../reminders/planner-hydration'
import { workoutOccurrences } from '../reminders/planner-workouts'
import {
  dateOfDayNumber,
  dayNumberOfDate,
  dayNumberOfMs,
  localStartMsOfDayNumber,
  mondayOfDayNumber,
  weekdayOfDayNumber,
  type DayNumber
} from '../time/local-weeks'

/** What `historyView` needs: the journal, the settings, the days marked hot, now and the warning signs. */
export interface HistoryInput {
  readonly journal: Journal
  readonly settings: Settings
  /** Local dates marked hot or heavy-training (ReminderState.hotDays). */
  readonly hotDays: readonly string[]
  readonly nowMs: number
  readonly warnings: readonly (WarningSign & { readonly acknowledged: boolean })[]
}

/** How many days the water chart and the urine list cover, and how many weeks the weekly charts do. */
export const historySpan = { waterDays: 30, urineDays: 30, crampWeeks: 12, routineWeeks: 8 } as const

/** One local day's totals, from detail and daily summaries together. */
interface DayTotals {
  waterMl: number
  drinks: number
  warmUps: number
  coolDowns: number
  urineLevel?: number
}

type SeverityCounts = [number, number, number, number, number]

/** The journal indexed by day number, and the first day it knows of. */
interface JournalIndex {
  readonly days: ReadonlyMap<DayNumber, DayTotals>
  readonly cramps: ReadonlyMap<DayNumber, SeverityCounts>
  readonly firstDay: DayNumber | null
}

function indexJournal(journal: Journal): JournalIndex {
  const days = new Map<DayNumber, DayTotals>()
  const cramps = new Map<DayNumber, SeverityCounts>()
  let firstDay: DayNumber | null = null
  const seen = (day: DayNumber) => {
    if (firstDay === null || day < firstDay) firstDay = day
  }
  const totalsOf = (day: DayNumber): DayTotals => {
    seen(day)
    let totals = days.get(day)
    if (totals === undefined) {
      totals = { waterMl: 0, drinks: 0, warmUps: 0, coolDowns: 0 }
      days.set(day, totals)
    }
    return totals
  }
  // Summaries first, so a check-in still in detail (the newer record) wins over a summary's level.
  for (const summary of journal.days) {
    const totals = totalsOf(dayNumberOfDate(summary.date))
    totals.waterMl += summary.waterMl
    totals.drinks += summary.drinks
    totals.warmUps += summary.routinesCompleted['warm-up']
    totals.coolDowns += summary.routinesCompleted['cool-down']
    if (summary.urineLevel !== undefined) totals.urineLevel = summary.urineLevel
  }
  for (const drink of journal.water) {
    const totals = totalsOf(dayNumberOfMs(drink.loggedAtMs))
    totals.waterMl += drink.amountMl
    totals.drinks += 1
  }
  for (const routine of journal.routines) {
    // An abandoned session still marks a day the journal knows (compaction keeps that date too).
    const totals = totalsOf(dayNumberOfMs(routine.endedAtMs))
    if (routine.completed && routine.purpose === 'warm-up') totals.warmUps += 1
    if (routine.completed && routine.purpose === 'cool-down') totals.coolDowns += 1
  }
  for (const checkIn of journal.checkIns) totalsOf(dayNumberOfDate(checkIn.date)).urineLevel = checkIn.level
  // Reminders only mark a known day: compaction folds them into a summary, which must not move the first date.
  for (const reminder of journal.reminders) seen(dayNumberOfMs(reminder.firedAtMs))
  for (const cramp of journal.cramps) {
    const day = dayNumberOfMs(cramp.startedAtMs)
    seen(day)
    const counts = cramps.get(day) ?? [0, 0, 0, 0, 0]
    const severityIndex = Math.min(5, Math.max(1, Math.round(cramp.severity))) - 1
    counts[severityIndex] = (counts[severityIndex] ?? 0) + 1
    cramps.set(day, counts)
  }
  return { days, cramps, firstDay }
}

/** The current run (from the end) and the longest run of successes; a failing last entry is skipped when pending. */
function streakOf(results: readonly boolean[], lastIsPending: boolean): Streak {
  let [best, run] = [0, 0]
  for (const success of results) {
    run = success ? run + 1 : 0
    best = Math.max(best, run)
  }
  let end = results.length - 1
  if (lastIsPending && results[end] === false) end -= 1
  let current = 0
  while (end - current >= 0 && results[end - current] === true) current += 1
  return { current, best }
}

/** The days `from`…`to`, both included, oldest first. */
const daysBetween = (from: DayNumber, to: DayNumber): DayNumber[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset)

/** Workouts the current plan puts on a day, for the days `from`…`to`, each counted from the day it was added. */
function workoutPlanner(
  settings: Settings,
  from: DayNumber,
  to: DayNumber,
  today: DayNumber
): (day: DayNumber) => number {
  // A workout with no record of when it was added counts from today: never as missed before the plan existed.
  const addedOn = (workout: Settings['workouts'][number]): DayNumber =>
    workout.addedAtMs === undefined ? today : dayNumberOfMs(workout.addedAtMs)
  // A weekly plan falls on its weekdays, whatever the clock does that day, so it is counted per weekday:
  // walking every weekly plan through years of days (workoutOccurrences) would cost days × workouts.
  const perWeekday = weekdays.map((weekday) =>
    settings.workouts.filter((w) => w.schedule.type === 'weekly' && w.schedule.weekdays.includes(weekday)).map(addedOn)
  )
  const once = new Map<DayNumber, number>()
  const [fromMs, toMs] = [localStartMsOfDayNumber(from), localStartMsOfDayNumber(to + 1)]
  for (const workout of settings.workouts.filter((w) => w.schedule.type === 'once')) {
    for (const { date } of workoutOccurrences(workout, fromMs, toMs)) {
      const day = dayNumberOfDate(date)
      if (day >= addedOn(workout)) once.set(day, (once.get(day) ?? 0) + 1)
    }
  }
  return (day) =>
    (perWeekday[weekdayOfDayNumber(day)] ?? []).filter((added) => day >= added).length + (once.get(day) ?? 0)
}

/** The Mondays of the last `count` weeks, oldest first, the week holding `today` last. */
function lastMondays(today: DayNumber, count: number): DayNumber[] {
  const thisMonday = mondayOfDayNumber(today)
  return Array.from({ length: count }, (_, index) => thisMonday - 7 * (count - 1 - index))
}

/** The goal of each day (the hot-day extra on a day marked hot) and whether it was met. */
function goalOf(index: JournalIndex, input: HistoryInput) {
  const hot = new Set(input.hotDays.map(dayNumberOfDate))
  return (day: DayNumber) => {
    const goalMl = input.settings.dailyGoalMl + (hot.has(day) ? HOT_DAY_EXTRA_ML : 0)
    return { goalMl, hotDay: hot.has(day), met: (index.days.get(day)?.waterMl ?? 0) >= goalMl }
  }
}

function waterDays(
  index: JournalIndex,
  goal: ReturnType<typeof goalOf>,
  days: readonly DayNumber[],
  today: DayNumber
): WaterDay[] {
  return days.map((day) => {
    const totals = index.days.get(day)
    const ofDay = goal(day)
    // Today is still going on: short of the goal so far is "in progress", not "not met".
    const inProgress = day === today && !ofDay.met
    return {
      date: dateOfDayNumber(day),
      totalMl: totals?.waterMl ?? 0,
      ...ofDay,
      inProgress,
      drinks: totals?.drinks ?? 0
    }
  })
}

function crampWeeks(index: JournalIndex, today: DayNumber): CrampWeek[] {
  return lastMondays(today, historySpan.crampWeeks).map((monday) => {
    const bySeverity: SeverityCounts = [0, 0, 0, 0, 0]
    for (const day of daysBetween(monday, monday + 6)) {
      index.cramps.get(day)?.forEach((count, severityIndex) => {
        bySeverity[severityIndex] = (bySeverity[severityIndex] ?? 0) + count
      })
    }
    const count = bySeverity.reduce((sum, n) => sum + n, 0)
    const highest = bySeverity.findLastIndex((n) => n > 0)
    return { weekStart: dateOfDayNumber(monday), count, bySeverity, maxSeverity: highest === -1 ? null : highest + 1 }
  })
}

function routineWeeks(index: JournalIndex, planned: (day: DayNumber) => number, today: DayNumber): RoutineWeek[] {
  return lastMondays(today, historySpan.routineWeeks).map((monday) => {
    let [warmUps, coolDowns, workoutsPlanned] = [0, 0, 0]
    for (const day of daysBetween(monday, monday + 6)) {
      warmUps += index.days.get(day)?.warmUps ?? 0
      coolDowns += index.days.get(day)?.coolDowns ?? 0
      // The rest of this week has not happened yet, so its workouts are not counted as missed.
      if (day <= today) workoutsPlanned += planned(day)
    }
    return { weekStart: dateOfDayNumber(monday), warmUps, coolDowns, workoutsPlanned }
  })
}

/** Planned workout days from the first known day on, each a success when its warm-ups cover its workouts. */
function warmUpStreak(index: JournalIndex, planned: (day: DayNumber) => number, known: readonly DayNumber[]): Streak {
  const workoutDays = known.filter((day) => planned(day) > 0)
  const results = workoutDays.map((day) => (index.days.get(day)?.warmUps ?? 0) >= planned(day))
  // Today's workout may still be ahead: not having warmed up for it yet is not a failure.
  return streakOf(results, workoutDays.at(-1) === known.at(-1))
}

/** Everything the History screen shows, worked out for `nowMs` in the process's time zone. */
export function historyView(input: HistoryInput): HistoryView {
  const today = dayNumberOfMs(input.nowMs)
  const index = indexJournal(input.journal)
  const { firstDay } = index
  // Every day the journal knows of, oldest first (none for an empty journal, or one only in the future).
  const known = firstDay === null ? [] : daysBetween(firstDay, today)
  const routineStart = mondayOfDayNumber(today) - 7 * (historySpan.routineWeeks - 1)
  const planned = workoutPlanner(input.settings, Math.min(firstDay ?? routineStart, routineStart), today, today)
  const goal = goalOf(index, input)
  const goalMetDays = known.map((day) => goal(day).met)
  const urine: UrineDay[] = daysBetween(today - historySpan.urineDays + 1, today).flatMap((day) => {
    const level = index.days.get(day)?.urineLevel
    return level === undefined ? [] : [{ date: dateOfDayNumber(day), level }]
  })
  return {
    today: dateOfDayNumber(today),
    water: waterDays(index, goal, daysBetween(today - historySpan.waterDays + 1, today), today),
    crampWeeks: crampWeeks(index, today),
    routineWeeks: routineWeeks(index, planned, today),
    streaks: {
      // Today counts once met, but is not a missed day while it is still going on.
      goalMet: streakOf(goalMetDays, true),
      warmUpBeforeWorkouts: warmUpStreak(index, planned, known)
    },
    urine,
    warnings: [...input.warnings].sort((a, b) => b.raisedAtMs - a.raisedAtMs),
    firstDate: firstDay === null ? null : dateOfDayNumber(firstDay)
  }
}
