import { describe, expect, it } from 'vitest'
import type { AppState } from '../contract/state'
import type { FiredReminder, PlannedReminder } from '../core/reminders/reminders'
import { trayMenuTemplate } from './tray-menu'
import { nextReminderLine } from './tray-reminders'
import { appStateFixture, type AppStateFixture } from '../contract/testing/app-state'
import { clickMenuItem, findMenuItem, menuLabels, submenuLabels } from './testing/menu'
import { trayActionSpies } from './testing/tray-actions'

/** A local time on the test day, so clock times read the same in any time zone. */
const at = (hours: number, minutes = 0, dayOffset = 0) => new Date(2026, 10, 25 + dayOffset, hours, minutes).getTime()
const nowMs = at(12)

const stateWith = (fixture: Partial<AppStateFixture> = {}): AppState => appStateFixture({ nowMs, ...fixture })
const upcoming = (...reminders: PlannedReminder[]) => stateWith({ reminders: { upcoming: reminders } })
const eveningRun = { id: 'evening-run', kind: 'run', time: '18:00', durationMinutes: 45 } as const
const withEveningRun = (reminder: PlannedReminder): AppState =>
  stateWith({
    settings: { workouts: [{ ...eveningRun, schedule: { type: 'weekly', weekdays: ['wed'] } }] },
    reminders: { upcoming: [reminder] }
  })

const template = (state: AppState, actions = trayActionSpies()) => trayMenuTemplate(state, actions, 'en-GB', nowMs)

function clickIn(state: AppState, id: string) {
  const actions = trayActionSpies()
  clickMenuItem(template(state, actions), id)
  return actions
}

const waiting: FiredReminder = {
  id: 'hydration-1',
  kind: 'hydration',
  dueAtMs: at(11, 45),
  firedAtMs: at(11, 45),
  amountMl: 250,
  catchUp: false,
  response: 'none'
}

describe('nextReminderLine', () => {
  it('gives the time of the next drink reminder and how much to drink', () => {
    const state = upcoming(
      { id: 'hydration-1', kind: 'hydration', dueAtMs: at(14, 30), amountMl: 250 },
      { id: 'hydration-2', kind: 'hydration', dueAtMs: at(16, 0), amountMl: 250 }
    )
    expect(nextReminderLine(state, 'en-GB', nowMs)).toBe('Next: 14:30 drink about 250 ml')
    expect(template(state)[1]).toMatchObject({ id: 'next-reminder', label: 'Next: 14:30 drink about 250 ml' })
  })

  it("writes the time the way the person's locale does", () => {
    const state = upcoming({ id: 'hydration-1', kind: 'hydration', dueAtMs: at(14, 30), amountMl: 250 })
    // ICU versions differ on the space before PM (U+0020 or U+202F).
    expect(nextReminderLine(state, 'en-US', nowMs)).toMatch(/^Next: 2:30\sPM drink about 250 ml$/)
  })

  it('names the workout a pre-workout drink, electrolytes, a warm-up or a cool-down is for', () => {
    const workout = { workoutId: 'evening-run', workoutStartMs: at(18) }
    const line = (reminder: PlannedReminder) => nextReminderLine(withEveningRun(reminder), 'en-GB', nowMs)
    expect(line({ id: 'a', kind: 'pre-workout-drink', dueAtMs: at(16), amountMl: 500, ...workout })).toBe(
      'Next: 16:00 drink about 500 ml before your run'
    )
    expect(line({ id: 'e', kind: 'electrolytes', dueAtMs: at(17), ...workout })).toBe(
      'Next: 17:00 top up electrolytes before your run'
    )
    expect(line({ id: 'b', kind: 'warm-up', dueAtMs: at(17, 45), ...workout })).toBe('Next: 17:45 warm up for your run')
    expect(line({ id: 'c', kind: 'cool-down', dueAtMs: at(18, 50), ...workout })).toBe(
      'Next: 18:50 cool down after your run'
    )
  })

  it('says there is nothing more today when nothing is planned', () => {
    expect(nextReminderLine(stateWith(), 'en-GB', nowMs)).toBe('No more reminders today')
  })

  it('says reminders are paused, and until when, rather than naming one that will not come', () => {
    const paused = (state: AppStateFixture['reminders']) =>
      nextReminderLine(stateWith({ reminders: { paused: true, upcoming: [], ...state } }), 'en-GB', nowMs)
    expect(paused({ state: { pausedUntilMs: at(13, 0) } })).toBe('Reminders paused until 13:00')
    expect(paused({ state: { pausedUntilMs: at(0, 0, 1) } })).toBe('Reminders paused until tomorrow')
    expect(paused({ state: { pausedIndefinitely: true } })).toBe('Reminders paused')
    // Do not disturb: the checkbox below says why.
    expect(paused({})).toBe('Reminders paused')
  })
})

describe('snoozing from the tray', () => {
  it('offers "Snooze reminder" only while a reminder waits for an answer', () => {
    expect(findMenuItem(template(stateWith()), 'snooze')).toBeUndefined()
    const state = stateWith({ reminders: { waiting } })
    expect(menuLabels(template(state)).slice(0, 4)).toEqual([
      'Water today: 0 of 2,000 ml',
      'No more reminders today',
      'Snooze reminder',
      'Log water'
    ])
    expect(submenuLabels(template(state), 'snooze')).toEqual(['5 minutes', '15 minutes', '30 minutes'])
  })

  it('snoozes the waiting reminder’s kind for the length chosen', () => {
    const state = stateWith({ reminders: { waiting: { ...waiting, kind: 'warm-up' } } })
    expect(clickIn(state, 'snooze-5').snoozeReminder.mock.calls).toEqual([['warm-up', 5]])
    expect(clickIn(state, 'snooze-15').snoozeReminder.mock.calls).toEqual([['warm-up', 15]])
    expect(clickIn(state, 'snooze-30').snoozeReminder.mock.calls).toEqual([['warm-up', 30]])
    const electrolytes = stateWith({ reminders: { waiting: { ...waiting, kind: 'electrolytes' } } })
    expect(submenuLabels(template(electrolytes), 'snooze')).toEqual(['5 minutes', '15 minutes', '30 minutes'])
    expect(clickIn(electrolytes, 'snooze-15').snoozeReminder.mock.calls).toEqual([['electrolytes', 15]])
  })
})

describe('pausing reminders from the tray', () => {
  it('offers an hour, the rest of the day, or until turned back on', () => {
    expect(submenuLabels(template(stateWith()), 'pause-reminders')).toEqual([
      'For 1 hour',
      'Until tomorrow',
      'Until I turn them back on'
    ])
    const state = stateWith()
    expect(clickIn(state, 'pause-one-hour').pauseReminders.mock.calls).toEqual([['one-hour']])
    expect(clickIn(state, 'pause-tomorrow').pauseReminders.mock.calls).toEqual([['tomorrow']])
    expect(clickIn(state, 'pause-turned-on').pauseReminders.mock.calls).toEqual([['turned-on']])
  })

  it('offers to turn them back on while they are paused', () => {
    const state = stateWith({ reminders: { paused: true, state: { pausedIndefinitely: true } } })
    expect(submenuLabels(template(state), 'pause-reminders')).toEqual([
      'For 1 hour',
      'Until tomorrow',
      'Until I turn them back on',
      '---',
      'Turn reminders back on'
    ])
    expect(clickIn(state, 'resume-reminders').resumeReminders).toHaveBeenCalledOnce()
  })

  it('shows Do not disturb as a checkbox that switches it the other way', () => {
    const off = stateWith()
    const on = stateWith({ settings: { reminders: { ...off.settings.reminders, doNotDisturb: true } } })
    expect(findMenuItem(template(off), 'do-not-disturb')).toMatchObject({ type: 'checkbox', checked: false })
    expect(findMenuItem(template(on), 'do-not-disturb')).toMatchObject({ type: 'checkbox', checked: true })
    expect(clickIn(off, 'do-not-disturb').setDoNotDisturb.mock.calls).toEqual([[true]])
    expect(clickIn(on, 'do-not-disturb').setDoNotDisturb.mock.calls).toEqual([[false]])
  })
})
