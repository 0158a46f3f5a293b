import { describe, expect, it } from 'vitest'
import type { AppState, RemindersView } from '../../../contract/state'
import type { FiredReminder } from '../../../core/reminders/reminders'
import { defaultSettings } from '../../../core/settings/settings'
import { emptyReminderState } from '../../../core/reminders/reminder-schema'
import { noUpcomingReason, pauseStatusOf, pauseStatusText } from './reminder-status'
import { reminderBody, reminderLabel, reminderTitle, responseText } from './reminder-wording'

const nowMs = new Date(2026, 10, 26, 13, 30).getTime()
const view = (state: Partial<RemindersView['state']> = {}): RemindersView => ({
  upcoming: [],
  firedToday: [],
  waiting: null,
  state: { ...emptyReminderState(), ...state },
  paused: false,
  hotDay: false
})
const appState = (reminders: RemindersView, totalMl = 0): AppState =>
  ({
    settings: defaultSettings(),
    today: { date: '2026-11-26', goalMl: 2000, totalMl, progress: totalMl / 2000, entries: [] },
    reminders
  }) as unknown as AppState

describe('pause status', () => {
  it('says until when a timed pause holds, and counts an ended one as none', () => {
    const until = new Date(2026, 10, 26, 14, 30).getTime()
    const status = pauseStatusOf(view({ pausedUntilMs: until }), false, nowMs)
    expect(pauseStatusText(status, nowMs)).toBe('Reminders are paused until 2:30 PM')
    expect(pauseStatusOf(view({ pausedUntilMs: nowMs - 1 }), false, nowMs)).toEqual({ kind: 'on' })
  })

  it('says "until tomorrow" for a pause to midnight, and "until you turn them back on"', () => {
    const midnight = new Date(2026, 10, 27).getTime()
    expect(pauseStatusText(pauseStatusOf(view({ pausedUntilMs: midnight }), false, nowMs), nowMs)).toBe(
      'Reminders are paused until tomorrow'
    )
    const halfPastMidnight = new Date(2026, 10, 27, 0, 30).getTime()
    expect(pauseStatusText({ kind: 'until', untilMs: halfPastMidnight }, nowMs)).toBe(
      'Reminders are paused until tomorrow at 12:30 AM'
    )
    expect(pauseStatusText(pauseStatusOf(view({ pausedIndefinitely: true }), true, nowMs), nowMs)).toBe(
      'Reminders are paused until you turn them back on'
    )
  })
})

describe('why nothing is coming up', () => {
  it('names Do not disturb, the met goal, or nothing planned', () => {
    expect(noUpcomingReason(appState(view()), { kind: 'doNotDisturb' }, nowMs)).toBe(
      'No reminders: Do not disturb is on.'
    )
    expect(noUpcomingReason(appState(view(), 2000), { kind: 'on' }, nowMs)).toBe(
      "No more drink reminders: you reached today's goal."
    )
    expect(noUpcomingReason(appState(view(), 500), { kind: 'on' }, nowMs)).toBe('Nothing more planned for today.')
  })
})

describe('reminder wording', () => {
  const fired: FiredReminder = {
    id: 'r1',
    kind: 'hydration',
    dueAtMs: nowMs,
    firedAtMs: nowMs,
    amountMl: 250,
    catchUp: true,
    response: 'drank'
  }
  const context = { unit: 'ml' as const, workouts: [] }

  it('asks for the amount in the user unit', () => {
    expect(reminderTitle(fired, context)).toBe('Time for a drink')
    expect(reminderBody(fired, context)).toBe('Drink about 250 ml')
  })

  it('says what the user did, and that a catch-up came late', () => {
    expect(responseText(fired, 'ml')).toBe('Drank 250 ml (late, after sleep)')
    expect(responseText({ ...fired, catchUp: false, response: 'none' }, 'ml')).toBe('No answer')
  })

  it('names the workout a warm-up is for, and when it starts', () => {
    const warmUp = { ...fired, kind: 'warm-up' as const, amountMl: undefined, workoutId: 'workout-a' }
    const workouts = [
      {
        id: 'workout-a',
        kind: 'run' as const,
        time: '07:00',
        durationMinutes: 45,
        schedule: { type: 'weekly' as const, weekdays: ['mon' as const] }
      }
    ]
    expect(reminderTitle(warmUp, { unit: 'ml', workouts })).toBe('Warm up for your run')
    expect(reminderBody(warmUp, { unit: 'ml', workouts })).toBe(
      'Your run starts at 7:00 AM. The warm-up routine guides you step by step.'
    )
  })
})

describe('electrolyte reminder wording', () => {
  const workout = (durationMinutes: number) => ({
    id: 'workout-a',
    kind: 'run' as const,
    time: '07:00',
    durationMinutes,
    schedule: { type: 'weekly' as const, weekdays: ['mon' as const] }
  })
  const fired: FiredReminder = {
    id: 'electrolytes:workout-a:2026-11-26',
    kind: 'electrolytes',
    dueAtMs: nowMs,
    firedAtMs: nowMs,
    workoutId: 'workout-a',
    catchUp: false,
    response: 'opened'
  }

  it('calls a workout of an hour or more long, and a shorter one (a hot day) not', () => {
    expect(reminderTitle(fired, { unit: 'ml', workouts: [workout(90)] })).toBe('Long run: top up electrolytes')
    expect(reminderTitle(fired, { unit: 'ml', workouts: [workout(30)] })).toBe('Top up electrolytes for your run')
  })

  it('suggests a sports drink or salty snack and potassium-rich food, with the start time when known', () => {
    expect(reminderBody(fired, { unit: 'ml', workouts: [workout(90)] })).toBe(
      'Your run starts at 7:00 AM. Have a sports drink or a salty snack, and a banana or some nuts, not only plain water.'
    )
    expect(reminderBody(fired, { unit: 'ml', workouts: [] })).toBe(
      'Before your workout, have a sports drink or a salty snack, and a banana or some nuts, not only plain water.'
    )
    expect(reminderLabel(fired, { unit: 'ml', workouts: [workout(90)] })).toBe('Electrolytes before your run')
  })

  it('shows the banner\'s "Got it" as such, and still says when it was dismissed', () => {
    expect(responseText(fired, 'ml')).toBe('Got it')
    expect(responseText({ ...fired, response: 'dismissed' }, 'ml')).toBe('Dismissed')
  })

  it('counts electrolyte reminders as a kind that may still come', () => {
    const settings = defaultSettings()
    const off = { enabled: false }
    const reminders = {
      ...settings.reminders,
      hydration: { ...settings.reminders.hydration, ...off },
      preWorkoutDrink: { ...settings.reminders.preWorkoutDrink, ...off },
      warmUp: { ...settings.reminders.warmUp, ...off },
      coolDown: { ...settings.reminders.coolDown, ...off }
    }
    const state = { ...appState(view()), settings: { ...settings, reminders } }
    expect(noUpcomingReason(state, { kind: 'on' }, nowMs)).toBe('Nothing more planned for today.')
    const allOff = { ...reminders, electrolytes: { ...reminders.electrolytes, ...off } }
    expect(noUpcomingReason({ ...state, settings: { ...settings, reminders: allOff } }, { kind: 'on' }, nowMs)).toBe(
      'No reminders: every kind of reminder is turned off.'
    )
  })
})
