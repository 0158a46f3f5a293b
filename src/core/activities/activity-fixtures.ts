/**
 * Activities for tests and the bench, at local dates and times (a test file fixes `process.env.TZ` first).
 * No test runner here, so `npm run bench` can reuse `fiveYearsOfActivities`.
 */
import type { ActivityEntry, ActivitySport } from './activity'
import { localMs } from '../reminders/planner-fixtures'
import { dateOfDayNumber, dayNumberOfDate } from '../time/local-weeks'

const minuteMs = 60_000

/** A hex string of 64 digits made from a number (a stand-in for a file's SHA-256). */
const fakeHash = (seed: number): string => (seed.toString(16).padStart(8, '0') + 'a'.repeat(56)).slice(0, 64)

/** A recorded activity that started at a local date and time, with any field changed. */
export function activityAt(
  date: string,
  time: string,
  minutes: number,
  changes: Partial<ActivityEntry> = {}
): ActivityEntry {
  const startMs = localMs(date, time)
  return {
    id: `a-${date}-${time}`,
    hash: fakeHash(startMs / minuteMs),
    fileName: `${date}-${time.replace(':', '')}.fit`,
    importedAtMs: startMs + minutes * minuteMs + 10 * minuteMs,
    sport: 'run',
    format: 'fit',
    startMs,
    durationMs: minutes * minuteMs,
    ...changes
  }
}

const sportsByWeekday: readonly ActivitySport[] = ['ride', 'run', 'gym', 'run', 'walk', 'run', 'hike']

/**
 * One activity a day for five years (1826 days from 2021-01-01), each with every field a watch file gives:
 * sport, distance, heart rate and temperature, a hash and a file name, as the journal would keep them.
 */
export function fiveYearsOfActivities(firstDate = '2021-01-01', days = 1826): ActivityEntry[] {
  const first = dayNumberOfDate(firstDate)
  return Array.from({ length: days }, (_, offset) => {
    const date = dateOfDayNumber(first + offset)
    const minutes = 30 + ((offset * 7) % 91)
    const sport = sportsByWeekday[offset % 7] ?? 'run'
    const startMs = localMs(date, '06:45') + (offset % 60) * 1000
    const durationMs = minutes * minuteMs + 17_000
    return {
      // As long as a random UUID, the id the service gives.
      id: `7f3e2a10-${date.slice(0, 4)}-4${date.slice(5, 7)}0-8${date.slice(8, 10)}0-${offset.toString(16).padStart(12, '0')}`,
      hash: fakeHash(offset * 2_654_435_761),
      fileName: `${date}-06-45-12_${sport.toUpperCase()}.fit`,
      importedAtMs: startMs + durationMs + 3_600_000,
      sport,
      format: 'fit',
      startMs,
      durationMs,
      movingMs: durationMs - 95_000,
      distanceM: Math.round(minutes * 183.7 * 10) / 10,
      avgHeartRate: 120 + (offset % 40),
      maxHeartRate: 165 + (offset % 25),
      avgTemperatureC: Math.round((8 + (offset % 25)) * 10) / 10 + 0.4,
      maxTemperatureC: Math.round((11 + (offset % 25)) * 10) / 10 + 0.7,
      ...(offset % 3 === 0 ? { matched: { workoutId: `workout-${offset % 5}`, date } } : {}),
      ...(offset % 30 === 0 ? { weighIn: { beforeKg: 70.4, afterKg: 69.6, drankMl: 250 } } : {})
    }
  })
}
