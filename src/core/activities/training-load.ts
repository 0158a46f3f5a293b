/** Weekly training load (minutes and distance per local week, Monday first) beside the cramps of each week. */
import type { ActivitySummary } from './activity'
import type { CrampEntry } from '../journal/cramps'
import { dateOfDayNumber, dayNumberOfMs, mondayOfDayNumber, type DayNumber } from '../time/local-weeks'

/** One local week's training and cramps. */
export interface TrainingWeek {
  /** The Monday that starts the week, `YYYY-MM-DD`. */
  readonly weekStart: string
  readonly activities: number
  /** Time moving (the watch's timer time, else the whole duration), in whole minutes. */
  readonly minutes: number
  /** Distance in metres, rounded; activities with no distance add none. */
  readonly distanceM: number
  readonly cramps: number
}

const minuteMs = 60_000

/**
 * The last `weeks` local weeks up to the one holding `nowMs`, oldest first: each activity counted in the week
 * its start falls in, each cramp in the week it started in.
 */
export function weeklyTrainingLoad(
  activities: readonly Pick<ActivitySummary, 'startMs' | 'durationMs' | 'movingMs' | 'distanceM'>[],
  cramps: readonly Pick<CrampEntry, 'startedAtMs'>[],
  nowMs: number,
  weeks: number
): TrainingWeek[] {
  const lastMonday = mondayOfDayNumber(dayNumberOfMs(nowMs))
  const firstMonday = lastMonday - 7 * (weeks - 1)
  const totals = new Map<DayNumber, { activities: number; movingMs: number; distanceM: number; cramps: number }>()
  const weekOf = (ms: number) => {
    const monday = mondayOfDayNumber(dayNumberOfMs(ms))
    if (monday < firstMonday || monday > lastMonday) return undefined
    let week = totals.get(monday)
    if (week === undefined) totals.set(monday, (week = { activities: 0, movingMs: 0, distanceM: 0, cramps: 0 }))
    return week
  }
  for (const activity of activities) {
    const week = weekOf(activity.startMs)
    if (week === undefined) continue
    week.activities += 1
    week.movingMs += activity.movingMs ?? activity.durationMs
    week.distanceM += activity.distanceM ?? 0
  }
  for (const cramp of cramps) {
    const week = weekOf(cramp.startedAtMs)
    if (week !== undefined) week.cramps += 1
  }
  return Array.from({ length: Math.max(0, weeks) }, (_, index) => {
    const monday = firstMonday + 7 * index
    const week = totals.get(monday)
    return {
      weekStart: dateOfDayNumber(monday),
      activities: week?.activities ?? 0,
      minutes: Math.round((week?.movingMs ?? 0) / minuteMs),
      distanceM: Math.round(week?.distanceM ?? 0),
      cramps: week?.cramps ?? 0
    }
  })
}
