// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { afterEach, describe, expect, it } from 'vitest'
import { activityAt } from '../activities/activity-fixtures'
import { catchUpReminders, effectiveGoalMl, planReminders, workoutOccurrences } from './planner'
import { firedFrom, localClock, localMs, plannerInput, run, testSettings } from './planner-fixtures'
import { emptyReminderState } from './reminder-schema'

const monday = '2026-06-15'
const at = (time: string, date = monday) => localMs(date, time)
const minuteMs = 60_000
const clockOf = (reminders: readonly { kind: string; dueAtMs: number }[]) =>
  reminders.map((r) => `${r.kind} ${localClock(r.dueAtMs).slice(11)}`)

afterEach(() => {
  process.env.TZ = 'Europe/Berlin'
})

describe('workout occurrences', () => {
  it('lists a weekly workout on its weekdays, from inclusive and to exclusive', () => {
    const workout = run('run', '07:00', { type: 'weekly', weekdays: ['mon', 'wed'] })
    const found = workoutOccurrences(workout, at('07:00'), at('07:00', '2026-06-24'))
    expect(found.map((o) => localClock(o.startMs))).toEqual([
      '2026-06-15 07:00',
      '2026-06-17 07:00',
      '2026-06-22 07:00'
    ])
    expect(found.map((o) => o.date)).toEqual(['2026-06-15', '2026-06-17', '2026-06-22'])
  })
  it('lists a one-off workout only on its date', () => {
    const workout = run('race', '09:30', { type: 'once', date: '2026-06-20' })
    expect(workoutOccurrences(workout, at('00:00'), at('00:00', '2026-06-29'))).toEqual([
      { startMs: at('09:30', '2026-06-20'), date: '2026-06-20' }
    ])
    expect(workoutOccurrences(workout, at('09:31', '2026-06-20'), at('00:00', '2026-06-29'))).toEqual([])
  })
  it('keeps a weekly 07:00 at 07:00 across a DST change (a week is then 167 hours)', () => {
    process.env.TZ = 'America/New_York'
    const workout = run('run', '07:00', { type: 'weekly', weekdays: ['sun'] })
    const [before, after] = workoutOccurrences(workout, localMs('2026-03-01'), localMs('2026-03-09'))
    expect([before, after].map((o) => localClock(o?.startMs ?? 0))).toEqual(['2026-03-01 07:00', '2026-03-08 07:00'])
    expect((after?.startMs ?? 0) - (before?.startMs ?? 0)).toBe((7 * 24 - 1) * 60 * minuteMs)
  })
})

describe('workout reminders', () => {
  const evening = testSettings({ workouts: [run('evening-run', '18:00')] })
  it('plans a pre-workout drink, a warm-up and a cool-down after the end, with stable ids', () => {
    const plan = planReminders(plannerInput(evening, at('15:00')), at('23:00')).filter((r) => r.kind !== 'hydration')
    expect(plan).toEqual([
      {
        id: `pre-workout-drink:evening-run:${monday}`,
        kind: 'pre-workout-drink',
        dueAtMs: at('16:00'),
        amountMl: 500,
        workoutId: 'evening-run',
        workoutStartMs: at('18:00')
      },
      {
        id: `warm-up:evening-run:${monday}`,
        kind: 'warm-up',
        dueAtMs: at('17:45'),
        workoutId: 'evening-run',
        workoutStartMs: at('18:00')
      },
      // 30 minutes of running, then the 5-minute delay.
      {
        id: `cool-down:evening-run:${monday}`,
        kind: 'cool-down',
        dueAtMs: at('18:35'),
        workoutId: 'evening-run',
        workoutStartMs: at('18:00')
      }
    ])
    const later = planReminders(plannerInput(evening, at('17:00')))
    expect(later.map((r) => r.id)).toContain(`warm-up:evening-run:${monday}`)
  })
  it('drops, never moves, workout reminders that fall in quiet hours or outside active hours', () => {
    // Active from 08:00, quiet until 07:00: a 07:00 run's 05:00 drink, 06:45 warm-up and 07:35 cool-down all go.
    const early = testSettings({ workouts: [run('early-run', '07:00')] })
    expect(planReminders(plannerInput(early, at('00:00'))).filter((r) => r.kind !== 'hydration')).toEqual([])
  })
  it.each([
    ['Europe/Berlin', '2026-03-29'],
    ['Europe/Berlin', '2026-10-25'],
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01']
  ])('reminds to warm up at 06:45 for a 07:00 run in %s on %s (a DST-change day)', (zone, date) => {
    process.env.TZ = zone
    // The offset differs between midnight and noon: the time zone is really in effect, and it is a DST day.
    expect(new Date(localMs(date)).getTimezoneOffset()).not.toBe(new Date(localMs(date, '12:00')).getTimezoneOffset())
    const settings = testSettings({
      hours: { start: '06:00', end: '22:00' },
      reminders: { quietHours: { start: '22:00', end: '06:00' } },
      workouts: [run('morning-run', '07:00')]
    })
    const warmUp = planReminders(plannerInput(settings, localMs(date))).find((r) => r.kind === 'warm-up')
    expect(warmUp?.id).toBe(`warm-up:morning-run:${date}`)
    expect(localClock(warmUp?.dueAtMs ?? 0)).toBe(`${date} 06:45`)
    expect(localClock(warmUp?.workoutStartMs ?? 0)).toBe(`${date} 07:00`)
    expect((warmUp?.workoutStartMs ?? 0) - (warmUp?.dueAtMs ?? 0)).toBe(15 * minuteMs)
  })
  it('counts the lead on the wall clock across the jump, and in real time when that wall time was skipped', () => {
    const allNight = { hours: { start: '00:00', end: '23:59' }, reminders: { quietHours: { enabled: false } } }
    const day = '2026-03-29'
    const nightRun = testSettings({ ...allNight, workouts: [run('run', '03:30')] })
    const drink = planReminders(plannerInput(nightRun, localMs(day))).find((r) => r.kind === 'pre-workout-drink')
    // 120 minutes before 03:30 on the clock is 01:30, only 60 real minutes earlier: 02:00–03:00 was skipped.
    expect(localClock(drink?.dueAtMs ?? 0)).toBe(`${day} 01:30`)
    expect(localMs(day, '03:30') - (drink?.dueAtMs ?? 0)).toBe(60 * minuteMs)
    const skipped = testSettings({
      ...allNight,
      reminders: { ...allNight.reminders, warmUp: { leadMinutes: 30 } },
      workouts: [run('run', '03:20')]
    })
    const warmUp = planReminders(plannerInput(skipped, localMs(day))).find((r) => r.kind === 'warm-up')
    // 02:50 does not exist in Berlin that night: 30 real minutes before 03:20 CEST is 01:50 CET.
    expect(localClock(warmUp?.dueAtMs ?? 0)).toBe(`${day} 01:50`)
    expect(localMs(day, '03:20') - (warmUp?.dueAtMs ?? 0)).toBe(30 * minuteMs)
  })
})

describe('snoozed workout reminders', () => {
  const evening = testSettings({ workouts: [run('evening-run', '18:00')] })
  const snoozed = (kind: 'warm-up' | 'cool-down', untilMs: number) => ({
    ...emptyReminderState(),
    snoozedUntilMs: { [kind]: untilMs }
  })
  const find = (state: ReturnType<typeof snoozed>, kind: string, nowMs = at('17:00')) =>
    planReminders(plannerInput(evening, nowMs, { state })).find((r) => r.kind === kind)
  it('moves a snoozed warm-up to the snooze end while the run is still ahead, else drops it', () => {
    expect(find(snoozed('warm-up', at('17:50')), 'warm-up')).toMatchObject({
      id: `warm-up:evening-run:${monday}`,
      dueAtMs: at('17:50')
    })
    expect(find(snoozed('warm-up', at('18:05')), 'warm-up')).toBeUndefined()
  })
  it('moves a snoozed cool-down up to two hours, no further', () => {
    expect(find(snoozed('cool-down', at('19:00')), 'cool-down')?.dueAtMs).toBe(at('19:00'))
    expect(find(snoozed('cool-down', at('20:45')), 'cool-down')).toBeUndefined()
  })
  it('brings back a warm-up the user snoozed from its notification, once', () => {
    const sent = planReminders(plannerInput(evening, at('17:45'))).find((r) => r.kind === 'warm-up')
    if (sent === undefined) throw new Error('no warm-up planned')
    const state = snoozed('warm-up', at('17:50'))
    const fired = [firedFrom(sent, at('17:45'), 'snoozed')]
    const again = planReminders(plannerInput(evening, at('17:46'), { state, fired })).find((r) => r.kind === 'warm-up')
    expect(again).toMatchObject({ id: sent.id, dueAtMs: at('17:50') })
    const firedTwice = [...fired, firedFrom({ ...sent, dueAtMs: at('17:50') })]
    const after = planReminders(plannerInput(evening, at('17:50'), { state, fired: firedTwice }))
    expect(after.find((r) => r.kind === 'warm-up')).toBeUndefined()
  })
})

describe('catch-up after a gap', () => {
  const settings = testSettings({
    hours: { start: '06:00', end: '22:00' },
    reminders: { hydration: { intervalMinutes: 60 }, quietHours: { start: '22:00', end: '06:00' } },
    workouts: [run('early-run', '07:00'), run('gym', '08:05'), run('late-run', '08:10')]
  })
  it('after 8 hours asleep sends at most one per kind, the latest, and no warm-up for a run already started', () => {
    const caughtUp = catchUpReminders(plannerInput(settings, at('08:00')), at('00:00'))
    // No paced drink: the runs' own drink reminders stand in for it all morning.
    expect(clockOf(caughtUp)).toEqual(['pre-workout-drink 06:10', 'cool-down 07:35', 'warm-up 07:55'])
    expect(caughtUp.find((r) => r.kind === 'warm-up')?.workoutId).toBe('late-run')
  })
  it('catches up one missed drink reminder with an amount worked out for now', () => {
    const noRuns = { ...settings, workouts: [] }
    const caughtUp = catchUpReminders(plannerInput(noRuns, at('08:00')), at('00:00'))
    expect(clockOf(caughtUp)).toEqual(['hydration 06:00'])
    // Suggested for now: on pace by 09:00 is 2000 × 180 / 960 = 375 ml.
    expect(caughtUp[0]?.amountMl).toBe(400)
  })
  it('leaves out a cool-down more than two hours late and what was already sent', () => {
    const fired = [firedFrom({ id: `warm-up:late-run:${monday}`, kind: 'warm-up', dueAtMs: at('07:55') })]
    const caughtUp = catchUpReminders(plannerInput(settings, at('08:04'), { fired }), at('00:00'))
    expect(caughtUp.find((r) => r.kind === 'warm-up')?.workoutId).toBe('gym')
    const earlyOnly = { ...settings, workouts: settings.workouts.slice(0, 1) }
    const inTime = catchUpReminders(plannerInput(earlyOnly, at('09:30')), at('00:00'))
    expect(clockOf(inTime)).toEqual(['hydration 06:00', 'cool-down 07:35'])
    const late = catchUpReminders(plannerInput(earlyOnly, at('09:40')), at('00:00'))
    expect(late.map((r) => r.kind)).toEqual(['hydration'])
  })
  it('sends nothing while quiet or paused now', () => {
    expect(catchUpReminders(plannerInput(settings, at('05:00')), at('21:00', '2026-06-14'))).toEqual([])
    const state = { ...emptyReminderState(), pausedUntilMs: at('09:00') }
    expect(catchUpReminders(plannerInput(settings, at('08:00'), { state }), at('00:00'))).toEqual([])
  })
  it('leaves nothing for the planner to send twice once the catch-up is recorded', () => {
    const caughtUp = catchUpReminders(plannerInput(settings, at('08:00')), at('00:00'))
    const fired = caughtUp.map((r) => ({ ...firedFrom(r, at('08:00')), catchUp: true }))
    const plan = planReminders(plannerInput(settings, at('08:00'), { fired }))
    expect(plan.filter((r) => fired.some((sent) => sent.id === r.id))).toEqual([])
    // An interval after the late run's cool-down drink (08:45), not stacked on it.
    expect(plan.find((r) => r.kind === 'hydration')?.dueAtMs).toBe(at('09:45'))
  })
})

describe('a workout the watch already recorded', () => {
  const settings = testSettings({ workouts: [run('run', '18:00', undefined, 60)] })
  const recorded = activityAt(monday, '17:40', 45, { matched: { workoutId: 'run', date: monday } })
  const workoutKinds = (input: Parameters<typeof planReminders>[0]) =>
    clockOf(planReminders(input, at('23:00')).filter((r) => r.kind !== 'hydration'))

  it('has its reminders before withdrawn and its cool-down at the real end plus the delay', () => {
    const delay = settings.reminders.coolDown.delayMinutes
    expect(workoutKinds(plannerInput(settings, at('17:00')))).toContain(
      `cool-down ${localClock(at('19:00') + delay * minuteMs).slice(11)}`
    )
    const after = workoutKinds(plannerInput(settings, at('17:00'), { activities: [recorded] }))
    expect(after).toEqual([`cool-down ${localClock(at('18:25') + delay * minuteMs).slice(11)}`])
  })

  it('keeps every reminder of a workout the activity was not matched to', () => {
    const extra = activityAt(monday, '12:00', 45)
    expect(workoutKinds(plannerInput(settings, at('17:00'), { activities: [extra] }))).toEqual(
      workoutKinds(plannerInput(settings, at('17:00')))
    )
  })

  it("raises the day's goal by what the activity likely cost", () => {
    const plain = plannerInput(settings, at('19:00'))
    const withRun = plannerInput(settings, at('19:00'), { activities: [recorded] })
    expect(effectiveGoalMl(settings, withRun.state, new Date(at('19:00')), [recorded])).toBeGreaterThan(
      effectiveGoalMl(settings, plain.state, new Date(at('19:00')))
    )
  })
})
