// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { activityAt } from './activity-fixtures'
import { matchActivity, planMatchWindow, plannedOccurrencesDone, sameKindOfWorkout } from './plan-match'
import { localMs, run } from '../reminders/planner-fixtures'
import type { WorkoutPlan } from '../reminders/reminders'

const monday = '2026-06-15'
const daily = (id: string, time: string, extra: Partial<WorkoutPlan> = {}): WorkoutPlan => ({
  ...run(id, time),
  ...extra
})
const once = (id: string, date: string, time: string, kind: WorkoutPlan['kind'] = 'run'): WorkoutPlan => ({
  ...run(id, time, { type: 'once', date }),
  kind
})

describe('matching an activity to the plan', () => {
  it('matches a 07:02 run to the 07:00 run planned that day', () => {
    const plans = [daily('morning', '07:00')]
    expect(matchActivity(activityAt(monday, '07:02', 65), plans, [])).toEqual({ workoutId: 'morning', date: monday })
  })

  it('accepts a start from two hours before to three hours after the plan, both ends included', () => {
    const plans = [once('race', monday, '10:00')]
    const startingAt = (time: string) => matchActivity(activityAt(monday, time, 40), plans, [])
    expect(startingAt('08:00')).toEqual({ workoutId: 'race', date: monday })
    expect(startingAt('13:00')).toEqual({ workoutId: 'race', date: monday })
    expect(startingAt('07:59')).toBeUndefined()
    expect(startingAt('13:01')).toBeUndefined()
    expect(planMatchWindow).toEqual({ beforeMs: 2 * 3_600_000, afterMs: 3 * 3_600_000 })
  })

  it('keeps an activity of another sport as an extra, while gym and other plans take any sport', () => {
    const ride = activityAt(monday, '07:05', 60, { sport: 'ride' })
    expect(matchActivity(ride, [daily('morning', '07:00')], [])).toBeUndefined()
    expect(matchActivity(ride, [once('any', monday, '07:00', 'other')], [])).toEqual({ workoutId: 'any', date: monday })
    expect(matchActivity(activityAt(monday, '07:05', 60, { sport: 'gym' }), [daily('morning', '07:00')], [])).toEqual({
      workoutId: 'morning',
      date: monday
    })
    expect(sameKindOfWorkout('ride', 'ride')).toBe(true)
    expect(sameKindOfWorkout('run', 'walk')).toBe(false)
  })

  it('fulfils an occurrence only once: a second run that morning is an extra', () => {
    const plans = [daily('morning', '07:00')]
    const first = { ...activityAt(monday, '07:02', 30), matched: { workoutId: 'morning', date: monday } }
    expect(matchActivity(activityAt(monday, '08:30', 20), plans, [first])).toBeUndefined()
    // Re-matching the same entry (same id) still finds its own occurrence.
    expect(matchActivity(first, plans, [first])).toEqual({ workoutId: 'morning', date: monday })
  })

  it('picks the nearest planned start when two are in reach', () => {
    const plans = [once('early', monday, '06:00'), once('late', monday, '08:00')]
    expect(matchActivity(activityAt(monday, '07:50', 30), plans, [])).toEqual({ workoutId: 'late', date: monday })
    const lateDone = { ...activityAt(monday, '08:00', 30), matched: { workoutId: 'late', date: monday } }
    expect(matchActivity(activityAt(monday, '07:50', 30), plans, [lateDone])).toEqual({
      workoutId: 'early',
      date: monday
    })
  })

  it('only matches weekly plans on their weekdays and one-off plans on their date', () => {
    const weekly = run('mon-wed', '18:00', { type: 'weekly', weekdays: ['mon', 'wed'] })
    expect(matchActivity(activityAt('2026-06-16', '18:00', 30), [weekly], [])).toBeUndefined()
    expect(matchActivity(activityAt('2026-06-17', '18:00', 30), [weekly], [])).toEqual({
      workoutId: 'mon-wed',
      date: '2026-06-17'
    })
    expect(matchActivity(activityAt('2026-06-16', '10:00', 30), [once('race', monday, '10:00')], [])).toBeUndefined()
  })

  it('does not match an occurrence from before the workout was added to the plan', () => {
    const plans = [daily('morning', '07:00', { addedAtMs: localMs('2026-06-16', '20:00') })]
    expect(matchActivity(activityAt(monday, '07:02', 30), plans, [])).toBeUndefined()
    // Added later that same day: that day's occurrence counts, as History counts it.
    expect(matchActivity(activityAt('2026-06-16', '07:02', 30), plans, [])).toEqual({
      workoutId: 'morning',
      date: '2026-06-16'
    })
  })

  it('matches a 23:30 plan to a 00:10 activity the next day, dated the planned day', () => {
    const plans = [once('late', monday, '23:30')]
    expect(matchActivity(activityAt('2026-06-16', '00:10', 30), plans, [])).toEqual({ workoutId: 'late', date: monday })
    const weekly = run('sun-night', '23:30', { type: 'weekly', weekdays: ['sun'] })
    expect(matchActivity(activityAt(monday, '00:10', 30), [weekly], [])).toEqual({
      workoutId: 'sun-night',
      date: '2026-06-14'
    })
  })

  it('matches across the spring-forward night (Berlin, 29 March 2026: 02:00 becomes 03:00)', () => {
    const plans = [daily('morning', '07:00'), once('night', '2026-03-29', '01:30')]
    expect(matchActivity(activityAt('2026-03-29', '07:02', 30), plans, [])).toEqual({
      workoutId: 'morning',
      date: '2026-03-29'
    })
    // 01:30 → 04:30 on the wall clock is only two real hours that night: inside the window.
    expect(matchActivity(activityAt('2026-03-29', '04:30', 30), plans, [])).toEqual({
      workoutId: 'night',
      date: '2026-03-29'
    })
    // 05:30 is three real hours after 01:30 (the window's far end); 05:31 is past it.
    expect(matchActivity(activityAt('2026-03-29', '05:30', 30), [plans[1]!], [])).toBeDefined()
    expect(matchActivity(activityAt('2026-03-29', '05:31', 30), [plans[1]!], [])).toBeUndefined()
  })

  it('matches across the fall-back night (Berlin, 25 October 2026: 03:00 becomes 02:00)', () => {
    const plans = [once('night', '2026-10-25', '01:30')]
    // 01:30 → 03:30 on the wall clock is three real hours that night: the window's far end.
    expect(matchActivity(activityAt('2026-10-25', '03:30', 30), plans, [])).toEqual({
      workoutId: 'night',
      date: '2026-10-25'
    })
    expect(matchActivity(activityAt('2026-10-25', '03:31', 30), plans, [])).toBeUndefined()
    expect(matchActivity(activityAt('2026-10-25', '07:00', 30), [daily('morning', '07:00')], [])).toEqual({
      workoutId: 'morning',
      date: '2026-10-25'
    })
  })
})

describe('planned occurrences done', () => {
  it('lists the occurrences of a date that an activity fulfilled, with the activity', () => {
    const plans = [daily('morning', '07:00'), daily('evening', '18:00'), daily('gone', '12:00')]
    const done = { ...activityAt(monday, '07:02', 30), matched: { workoutId: 'morning', date: monday } }
    const yesterday = {
      ...activityAt('2026-06-14', '18:00', 30),
      matched: { workoutId: 'evening', date: '2026-06-14' }
    }
    const removed = { ...activityAt(monday, '12:00', 30), matched: { workoutId: 'deleted', date: monday } }
    expect(plannedOccurrencesDone(monday, plans, [done, yesterday, removed])).toEqual([
      { workoutId: 'morning', date: monday, activityId: done.id }
    ])
    expect(plannedOccurrencesDone('2026-06-16', plans, [done, yesterday])).toEqual([])
  })
})
