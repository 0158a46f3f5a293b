/**
 * When reminders may fire: quiet hours, active hours per weekday, pause and Do not disturb.
 * Local time is the process's time zone; instants are always built from calendar fields (DST-safe).
 */
import type { ReminderState } from './reminders'
import type { ActiveDay, Settings } from '../settings/settings'
import { clockTimeToMinutes, startOfLocalDay, startOfNextLocalDay } from '../time/local-date'
import { weekdayOf, weekdays, type Weekday } from '../time/weekdays'

const minuteMs = 60_000

/** Minutes since local midnight as the wall clock shows them (seconds as a fraction). */
export function wallClockMinutes(at: Date): number {
  return at.getHours() * 60 + at.getMinutes() + at.getSeconds() / 60 + at.getMilliseconds() / minuteMs
}

/** The instant the local wall clock shows `minutes` past midnight on the day holding `day`. */
export function atWallClock(day: Date, minutes: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes).getTime()
}

/** `HHMM` of the local wall clock, for reminder ids. */
export function wallClockHhmm(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}${String(at.getMinutes()).padStart(2, '0')}`
}

/**
 * `minutes` earlier on the local wall clock (06:45 for a 07:00 start on a DST day too).
 * A wall time skipped by a spring-forward jump does not exist: then exactly `minutes` of real time earlier.
 */
export function wallClockMinus(start: Date, minutes: number): number {
  const [y, m, d, h, min] = [
    start.getFullYear(),
    start.getMonth(),
    start.getDate(),
    start.getHours(),
    start.getMinutes()
  ]
  const wall = new Date(y, m, d, h, min - minutes, start.getSeconds())
  const intended = new Date(Date.UTC(y, m, d, h, min - minutes, start.getSeconds()))
  const exists =
    wall.getDate() === intended.getUTCDate() &&
    wall.getHours() === intended.getUTCHours() &&
    wall.getMinutes() === intended.getUTCMinutes()
  return exists && wall.getTime() < start.getTime() ? wall.getTime() : start.getTime() - minutes * minuteMs
}

/** The weekday before the one holding `at`. */
const weekdayBefore = (at: Date): Weekday => weekdays[(at.getDay() + 6) % 7] as Weekday

/** Whether a day's active hours run past midnight (the end is before the start: a night shift). */
export const runsPastMidnight = (day: ActiveDay): boolean =>
  day.enabled && clockTimeToMinutes(day.end) < clockTimeToMinutes(day.start)

/** The window a weekday's active hours open on the local day holding `day` (past midnight for a night shift), or null. */
function windowOpeningOn(settings: Settings, day: Date): { startMs: number; endMs: number } | null {
  const hours = settings.activeHours[weekdayOf(day)]
  if (!hours.enabled) return null
  const startMs = atWallClock(day, clockTimeToMinutes(hours.start))
  const endDay = runsPastMidnight(hours) ? startOfNextLocalDay(day) : day
  const endMs = atWallClock(endDay, clockTimeToMinutes(hours.end))
  return endMs > startMs ? { startMs, endMs } : null
}

/**
 * The active-hours window that holds `at` or opens later on its local day, or null when the day is off: the
 * night shift that began the evening before while `at` is in its morning part, else the window opening that day.
 */
export function activeWindow(settings: Settings, at: Date): { startMs: number; endMs: number } | null {
  const dayBefore = new Date(at.getFullYear(), at.getMonth(), at.getDate() - 1)
  const overnight = runsPastMidnight(settings.activeHours[weekdayBefore(at)])
    ? windowOpeningOn(settings, dayBefore)
    : null
  if (overnight !== null && at.getTime() < overnight.endMs) return overnight
  return windowOpeningOn(settings, at)
}

/** True when `minutes` past local midnight fall in the user's quiet hours (false when they are off). */
export function inQuietHours(settings: Settings, minutes: number): boolean {
  const quiet = settings.reminders.quietHours
  if (!quiet.enabled) return false
  const start = clockTimeToMinutes(quiet.start)
  const end = clockTimeToMinutes(quiet.end)
  // start === end is read as "no quiet hours" rather than "quiet all day".
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end
}

/** True when nothing may fire at `at`: inside quiet hours (which may wrap past midnight, e.g. 22:00–07:00), or outside the active hours (a night shift's run past midnight into the next day; a disabled day has none). */
export function isQuietAt(settings: Settings, at: Date): boolean {
  const day = settings.activeHours[weekdayOf(at)]
  const dayBefore = settings.activeHours[weekdayBefore(at)]
  const minutes = wallClockMinutes(at)
  const [start, end] = [clockTimeToMinutes(day.start), clockTimeToMinutes(day.end)]
  const today = day.enabled && minutes >= start && (runsPastMidnight(day) || minutes < end)
  // The morning part of a night shift that began the evening before.
  const lastNight = runsPastMidnight(dayBefore) && minutes < clockTimeToMinutes(dayBefore.end)
  return !(today || lastNight) || inQuietHours(settings, minutes)
}

/** True while reminders are held: doNotDisturb, pausedIndefinitely, or pausedUntilMs > atMs. */
export function isPausedAt(settings: Settings, state: ReminderState, atMs: number): boolean {
  return (
    settings.reminders.doNotDisturb ||
    state.pausedIndefinitely ||
    (state.pausedUntilMs !== null && state.pausedUntilMs > atMs)
  )
}

/**
 * The earliest instant in [fromMs, beforeMs) on fromMs's local day that is not quiet, or null.
 * Quiet-or-not only changes at the day's active and quiet boundaries, so those are the only candidates.
 */
export function firstAllowedFrom(settings: Settings, fromMs: number, beforeMs: number): number | null {
  const day = new Date(fromMs)
  const active = settings.activeHours[weekdayOf(day)]
  const quiet = settings.reminders.quietHours
  // The end of a night shift from the evening before is a boundary too.
  const lastNight = settings.activeHours[weekdayBefore(day)].end
  const boundaries = [active.start, active.end, lastNight, quiet.start, quiet.end].map((time) =>
    atWallClock(day, clockTimeToMinutes(time))
  )
  const limitMs = Math.min(beforeMs, startOfNextLocalDay(day).getTime())
  const candidates = [fromMs, ...boundaries.filter((ms) => ms > fromMs)].sort((a, b) => a - b)
  return candidates.find((ms) => ms < limitMs && !isQuietAt(settings, new Date(ms))) ?? null
}

/** The instants bounding the local day holding `atMs`. */
export function localDayBounds(atMs: number): { startMs: number; endMs: number } {
  const at = new Date(atMs)
  return { startMs: startOfLocalDay(at).getTime(), endMs: startOfNextLocalDay(at).getTime() }
}
