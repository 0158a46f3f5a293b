import { describe, expect, it } from 'vitest'
import { leadTimeText, reminderNotification, type ReminderTextContext } from './reminder-text'
import { reminderKinds, type FiredReminder, type PlannedReminder } from './reminders'

const HOUR_MS = 3_600_000
const runAtSevenMs = Date.UTC(2026, 10, 26, 7, 0)
/** Formats in UTC so the test reads the same in every time zone. */
const formatTime = (ms: number): string =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(ms)

const context: ReminderTextContext = { unit: 'ml', drunkMl: 1100, goalMl: 2000, workoutKind: 'run', formatTime }

const planned = (fields: Partial<PlannedReminder> & Pick<PlannedReminder, 'kind'>): PlannedReminder => ({
  id: `${fields.kind}:1`,
  dueAtMs: runAtSevenMs - 2 * HOUR_MS,
  ...fields
})

describe('reminderNotification', () => {
  describe('hydration', () => {
    it('asks for the suggested amount and shows progress in litres', () => {
      expect(reminderNotification(planned({ kind: 'hydration', amountMl: 250 }), context)).toEqual({
        title: 'Time for a drink',
        body: 'Drink about 250 ml — 1.1 of 2.0 L so far'
      })
    })

    it('speaks fluid ounces to one decimal when the person chose them', () => {
      const text = reminderNotification(planned({ kind: 'hydration', amountMl: 250 }), { ...context, unit: 'floz' })
      expect(text.body).toBe('Drink about 8.5 fl oz — 37.2 of 67.6 fl oz so far')
    })

    it('groups thousands in large amounts', () => {
      const text = reminderNotification(planned({ kind: 'hydration', amountMl: 1500 }), {
        ...context,
        drunkMl: 0,
        goalMl: 12_500
      })
      expect(text.body).toBe('Drink about 1,500 ml — 0.0 of 12.5 L so far')
    })

    it('still reads well without a suggested amount', () => {
      expect(reminderNotification(planned({ kind: 'hydration' }), context).body).toBe(
        'Have a drink — 1.1 of 2.0 L so far'
      )
    })
  })

  describe('pre-workout drink', () => {
    it('names the amount, the lead time and the workout', () => {
      const reminder = planned({ kind: 'pre-workout-drink', amountMl: 500, workoutStartMs: runAtSevenMs })
      expect(reminderNotification(reminder, context)).toEqual({
        title: 'Drink before your run',
        body: 'About 500 ml now, two hours before your 07:00 run.'
      })
    })

    it('counts the lead time from when a fired reminder was sent, taking the start from the context', () => {
      const fired: FiredReminder = {
        id: 'pre-workout-drink:w1:2026-11-26',
        kind: 'pre-workout-drink',
        dueAtMs: runAtSevenMs - 2 * HOUR_MS,
        firedAtMs: runAtSevenMs - 90 * 60_000,
        amountMl: 500,
        catchUp: true,
        response: 'none'
      }
      const text = reminderNotification(fired, { ...context, workoutKind: 'gym', workoutStartMs: runAtSevenMs })
      expect(text).toEqual({
        title: 'Drink before your gym session',
        body: 'About 500 ml now, 1 hour 30 minutes before your 07:00 gym session.'
      })
    })

    it('uses fluid ounces and leaves out the time when the start is unknown', () => {
      const reminder = planned({ kind: 'pre-workout-drink', amountMl: 500 })
      const text = reminderNotification(reminder, { ...context, unit: 'floz', workoutKind: 'ride' })
      expect(text.body).toBe('About 16.9 fl oz now, before your ride.')
    })
  })

  describe('warm-up', () => {
    it('says when the workout starts and how long the warm-up takes', () => {
      const reminder = planned({ kind: 'warm-up', dueAtMs: runAtSevenMs - 15 * 60_000, workoutStartMs: runAtSevenMs })
      expect(reminderNotification(reminder, context)).toEqual({
        title: 'Warm up for your run',
        body: 'Your run starts at 07:00. The warm-up takes about 10 minutes.'
      })
    })

    it('calls an unnamed workout a workout and honours a shorter warm-up', () => {
      const reminder = planned({ kind: 'warm-up', workoutStartMs: runAtSevenMs })
      const { workoutKind: _none, ...withoutKind } = context
      expect(reminderNotification(reminder, { ...withoutKind, warmUpMinutes: 5 })).toEqual({
        title: 'Warm up for your workout',
        body: 'Your workout starts at 07:00. The warm-up takes about 5 minutes.'
      })
    })
  })

  describe('electrolytes', () => {
    const reminder = planned({ kind: 'electrolytes', dueAtMs: runAtSevenMs - HOUR_MS, workoutStartMs: runAtSevenMs })

    it('calls a workout of an hour or more long and suggests salt and potassium-rich food, not only water', () => {
      expect(reminderNotification(reminder, { ...context, workoutMinutes: 90 })).toEqual({
        title: 'Long run: top up electrolytes',
        body: 'Before your 07:00 run: a sports drink or a salty snack, and a banana or some nuts, not only plain water.'
      })
    })

    it('does not call a shorter workout long (it is a hot day), nor one whose length is unknown', () => {
      const short = reminderNotification(reminder, { ...context, workoutKind: 'gym', workoutMinutes: 45 })
      expect(short.title).toBe('Top up electrolytes for your gym session')
      expect(reminderNotification(reminder, context).title).toBe('Top up electrolytes for your run')
    })

    it('takes the start from the context for a fired reminder, and leaves it out when unknown', () => {
      const fired: FiredReminder = {
        id: 'electrolytes:w1:2026-11-26',
        kind: 'electrolytes',
        dueAtMs: runAtSevenMs - HOUR_MS,
        firedAtMs: runAtSevenMs - HOUR_MS,
        catchUp: false,
        response: 'none'
      }
      const ride = { ...context, workoutKind: 'ride' as const }
      expect(reminderNotification(fired, { ...ride, workoutStartMs: runAtSevenMs }).body).toMatch(
        /^Before your 07:00 ride: /
      )
      expect(reminderNotification(fired, ride).body).toMatch(/^Before your ride: a sports drink/)
    })
  })

  it('asks for a cool-down walk, hamstring stretches and a drink after the workout', () => {
    expect(reminderNotification(planned({ kind: 'cool-down' }), context)).toEqual({
      title: 'Cool down and rehydrate',
      body: 'Walk it out, stretch both hamstrings, and have a drink.'
    })
  })

  it('keeps every notification short enough for a desktop pop-up', () => {
    const longest = { ...context, workoutKind: 'gym' as const }
    for (const kind of reminderKinds) {
      for (const workoutMinutes of [30, 90]) {
        const reminder = planned({ kind, amountMl: 500, workoutStartMs: runAtSevenMs })
        const text = reminderNotification(reminder, { ...longest, workoutMinutes })
        expect(text.title.length).toBeLessThanOrEqual(40)
        expect(text.body.length).toBeLessThanOrEqual(120)
      }
    }
  })
})

describe('leadTimeText', () => {
  it.each([
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, 'one hour'],
    [120, 'two hours'],
    [90, '1 hour 30 minutes'],
    [150, '2 hours 30 minutes'],
    [720, '12 hours'],
    [119.6, 'two hours']
  ])('writes %d minutes as "%s"', (minutes, text) => {
    expect(leadTimeText(minutes)).toBe(text)
  })
})

describe('reminder notifications in German', () => {
  const german: ReminderTextContext = { ...context, locale: 'de-DE' }

  it('asks for a drink in German with German numbers and litres', () => {
    expect(reminderNotification(planned({ kind: 'hydration', amountMl: 1500 }), { ...german, goalMl: 2500 })).toEqual({
      title: 'Zeit für einen Schluck',
      body: 'Trink etwa 1.500\u00a0ml — bisher 1,1 von 2,5 l'
    })
  })

  it('names the lead time and the workout before a run', () => {
    const reminder = planned({ kind: 'pre-workout-drink', amountMl: 500, workoutStartMs: runAtSevenMs })
    expect(reminderNotification(reminder, german)).toEqual({
      title: 'Trink etwas vor deinem Lauf',
      body: 'Jetzt etwa 500\u00a0ml, zwei Stunden vor deinem Lauf um 07:00.'
    })
  })

  it('uses German plural rules for lead times', () => {
    expect(leadTimeText(1, 'de')).toBe('1 Minute')
    expect(leadTimeText(60, 'de')).toBe('eine Stunde')
    expect(leadTimeText(90, 'de')).toBe('1 Stunde 30 Minuten')
    expect(leadTimeText(720, 'de')).toBe('12 Stunden')
  })

  it('keeps every German notification short enough for a desktop pop-up', () => {
    for (const kind of reminderKinds) {
      for (const workoutMinutes of [30, 90]) {
        const reminder = planned({ kind, amountMl: 500, workoutStartMs: runAtSevenMs })
        const text = reminderNotification(reminder, { ...german, workoutKind: 'gym', workoutMinutes })
        expect(text.title.length).toBeLessThanOrEqual(48)
        expect(text.body.length).toBeLessThanOrEqual(130)
      }
    }
  })
})
