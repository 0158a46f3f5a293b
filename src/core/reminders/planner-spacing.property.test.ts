// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hydrationIntervalMinutes, planReminders } from './planner'
import { firedFrom, localMs, plannerInput, run, testSettings } from './planner-fixtures'
import type { WaterEntry } from '../journal/journal'
import type { FiredReminder, PlannedReminder } from './reminders'
import { emptyReminderState } from './reminder-schema'
import { weekdays } from '../time/weekdays'

const minuteMs = 60_000
const pad = (n: number) => String(n).padStart(2, '0')
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
const workoutDrinkKinds = ['pre-workout-drink', 'electrolytes', 'cool-down']

const scenario = fc.record({
  date: fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)),
  intervalMinutes: fc.option(fc.integer({ min: 15, max: 240 }), { nil: null }),
  startMinutes: fc.integer({ min: 0, max: 600 }),
  lengthMinutes: fc.integer({ min: 120, max: 1439 }),
  workouts: fc.array(
    fc.record({ minutes: fc.integer({ min: 0, max: 1439 }), durationMinutes: fc.integer({ min: 5, max: 240 }) }),
    { minLength: 1, maxLength: 3 }
  ),
  drinksAnswered: fc.boolean()
})

describe('paced drink reminders around workouts (any day, any plan)', () => {
  it("never come within the interval of a workout's own drink reminder", () => {
    let checked = 0
    fc.assert(
      fc.property(scenario, (s) => {
        const settings = testSettings({
          hours: { start: hhmm(s.startMinutes), end: hhmm(Math.min(1439, s.startMinutes + s.lengthMinutes)) },
          reminders: { hydration: { intervalMinutes: s.intervalMinutes }, quietHours: { enabled: false } },
          workouts: s.workouts.map((w, index) =>
            run(`w${index}`, hhmm(w.minutes), { type: 'weekly', weekdays: [...weekdays] }, w.durationMinutes)
          )
        })
        const intervalMs =
          hydrationIntervalMinutes(settings, emptyReminderState(), new Date(localMs(s.date, '12:00'))) * minuteMs
        const fired: FiredReminder[] = []
        const sent: PlannedReminder[] = []
        const water: WaterEntry[] = []
        let nowMs = localMs(s.date)
        const endMs = localMs(s.date) + 24 * 60 * minuteMs
        for (let step = 0; step < 200; step += 1) {
          const next = planReminders(plannerInput(settings, nowMs, { fired, water }), endMs)[0]
          if (!next) break
          nowMs = next.dueAtMs
          sent.push(next)
          fired.push(firedFrom(next))
          if (s.drinksAnswered && next.amountMl)
            water.push({ id: `d${step}`, loggedAtMs: nowMs, amountMl: next.amountMl })
        }
        const paced = sent.filter((r) => r.kind === 'hydration')
        const workoutDrinks = sent.filter((r) => workoutDrinkKinds.includes(r.kind))
        for (const drink of paced) {
          for (const workoutDrink of workoutDrinks) {
            checked += 1
            expect(
              Math.abs(drink.dueAtMs - workoutDrink.dueAtMs),
              `${drink.id} near ${workoutDrink.id}`
            ).toBeGreaterThanOrEqual(intervalMs)
          }
        }
      }),
      { numRuns: 150 }
    )
    expect(checked).toBeGreaterThan(0)
  })
})
