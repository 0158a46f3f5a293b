/**
 * Realistic data for the export and import tests. Instants are given in UTC so the fixtures do not
 * depend on the time zone the tests set (they are built before any test code runs).
 */
import { builtInRoutine } from '../routines/builtin-routines'
import type { UserData } from './data-export'
import { emptyJournal, type Journal } from '../journal/journal'
import type { Routine } from '../routines/routine'
import { emptyRoutineLibrary } from '../routines/routine-library'
import { defaultSettings, type Settings } from '../settings/settings'

/** 2026-03-10 07:45 UTC, 08:45 in Berlin (CET). */
export const morningMs = Date.UTC(2026, 2, 10, 7, 45)
/** 2026-03-10 23:30 UTC: already 00:30 on the 11th in Berlin. */
export const lateEveningMs = Date.UTC(2026, 2, 10, 23, 30)
/** 2026-07-02 05:10 UTC, 07:10 in Berlin (CEST). */
export const summerMorningMs = Date.UTC(2026, 6, 2, 5, 10)
/** When the fixture export is made: 2026-07-03 21:59 UTC, 23:59 on the 3rd in Berlin. */
export const exportedAtMs = Date.UTC(2026, 6, 3, 21, 59)

const minute = 60_000

/** Settings someone has changed a little: a higher goal and an evening run twice a week. */
export function fixtureSettings(): Settings {
  return {
    ...defaultSettings(),
    dailyGoalMl: 2500,
    workouts: [
      {
        id: 'evening-run',
        kind: 'run',
        time: '18:30',
        durationMinutes: 45,
        schedule: { type: 'weekly', weekdays: ['tue', 'thu'] }
      }
    ]
  }
}

/** A custom routine: a copy of the warm-up with one step. */
export const customRoutine: Routine = {
  id: 'my-track-warm-up',
  name: 'Track warm-up',
  purpose: 'warm-up',
  description: 'Two laps easy, then leg swings.',
  builtIn: false,
  basedOn: 'warm-up',
  steps: [
    {
      id: 'easy-laps',
      name: 'Two easy laps',
      instructions: 'Jog two laps, slowly.',
      kind: 'cardio',
      durationSeconds: 240,
      sides: 'none',
      sets: 1,
      restSeconds: 0,
      sourceIds: []
    }
  ],
  sourceIds: []
}

/** The built-in cool-down with its first step shortened. */
export function editedCoolDown(): Routine {
  const original = builtInRoutine('cool-down')
  if (!original) throw new Error('The built-in cool-down is missing')
  const [first, ...rest] = original.steps
  if (!first) throw new Error('The built-in cool-down has no steps')
  return { ...original, steps: [{ ...first, durationSeconds: 120 }, ...rest] }
}

/** A journal with a few drinks, a compacted older day, a cramp, a warm-up, a reminder and a check-in. */
export function fixtureJournal(): Journal {
  return {
    ...emptyJournal(),
    water: [
      { id: 'drink-1', loggedAtMs: morningMs, amountMl: 250 },
      { id: 'drink-2', loggedAtMs: morningMs + 3 * 60 * minute, amountMl: 500 },
      { id: 'drink-3', loggedAtMs: lateEveningMs, amountMl: 330 }
    ],
    routines: [
      {
        id: 'session-1',
        routineId: 'warm-up',
        routineName: 'Pre-run warm-up',
        purpose: 'warm-up',
        startedAtMs: morningMs + 9 * 60 * minute,
        endedAtMs: morningMs + 9 * 60 * minute + 11 * minute,
        completed: true,
        completedFraction: 1
      }
    ],
    reminders: [
      {
        id: 'hydration:2026-03-10:10:00',
        kind: 'hydration',
        dueAtMs: morningMs + 75 * minute,
        firedAtMs: morningMs + 75 * minute,
        amountMl: 250,
        catchUp: false,
        response: 'drank',
        respondedAtMs: morningMs + 80 * minute
      }
    ],
    cramps: [
      {
        id: 'cramp-1',
        startedAtMs: summerMorningMs,
        loggedAtMs: summerMorningMs + 20 * minute,
        leg: 'left',
        location: 'back-of-thigh',
        severity: 4,
        durationMinutes: 2.5,
        context: 'during-workout',
        symptoms: ['swelling', 'did-not-ease'],
        disturbedSleep: false
      }
    ],
    days: [
      {
        date: '2026-03-01',
        waterMl: 2100,
        drinks: 8,
        routinesCompleted: { 'warm-up': 1, 'cool-down': 1, relief: 0 },
        remindersFired: 6,
        urineLevel: 3
      }
    ],
    checkIns: [{ date: '2026-03-10', checkedAtMs: morningMs + 30 * minute, level: 3 }],
    acknowledgedWarnings: ['cramp-with-swelling:cramp-1'],
    activities: [
      {
        id: 'activity-1',
        hash: 'a'.repeat(64),
        fileName: 'Morning_Run.fit',
        importedAtMs: summerMorningMs + 2 * 60 * minute,
        sport: 'run',
        format: 'fit',
        startMs: summerMorningMs,
        durationMs: 65 * minute,
        movingMs: 63 * minute,
        distanceM: 11_250.4,
        avgHeartRate: 152,
        maxHeartRate: 178,
        avgTemperatureC: 21.5,
        maxTemperatureC: 24
      }
    ]
  }
}

/** Everything a long-time user keeps. */
export function fixtureData(): UserData {
  return {
    settings: fixtureSettings(),
    journal: fixtureJournal(),
    routines: { custom: [customRoutine], builtInEdits: [editedCoolDown()] },
    hotDays: ['2026-03-10', '2026-07-02']
  }
}

/** A first start: nothing logged, default settings. */
export function emptyData(): UserData {
  return { settings: defaultSettings(), journal: emptyJournal(), routines: emptyRoutineLibrary(), hotDays: [] }
}
