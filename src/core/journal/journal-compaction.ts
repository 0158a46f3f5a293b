/**
 * Journal compaction: detail older than JOURNAL_DETAIL_DAYS is folded into one DaySummary per local date,
 * so the journal stays small over years while the History screen's totals stay the same.
 * Cramps and acknowledged warnings are never compacted (the warning-sign rules need every cramp).
 */
import { DaySummary, type Journal } from './journal'
import { localDateKey } from '../time/local-date'

/** How many local days before today keep their entries in detail. */
export const JOURNAL_DETAIL_DAYS = 90

/** The DaySummary schema's own maxima, read from it so a summary clamped to them always validates. */
const summaryMax = {
  waterMl: DaySummary.shape.waterMl.maxValue ?? Infinity,
  drinks: DaySummary.shape.drinks.maxValue ?? Infinity,
  routines: DaySummary.shape.routinesCompleted.shape.relief.maxValue ?? Infinity,
  remindersFired: DaySummary.shape.remindersFired.maxValue ?? Infinity
}

/** The first instant (and its date) that stays in detail: local midnight `detailDays` days before today. */
function detailCutoff(nowMs: number, detailDays: number): { cutoffMs: number; cutoffDate: string } {
  const now = new Date(nowMs)
  // Calendar arithmetic, not `nowMs - days * 86 400 000`: the DST days in between are not 24 hours long.
  const cutoff = new Date(now.getFullYear(), now.getMonth(), now.getDate() - detailDays)
  return { cutoffMs: cutoff.getTime(), cutoffDate: localDateKey(cutoff) }
}

/** Whether anything in the journal is old enough to be folded into daily totals. */
export function journalNeedsCompaction(journal: Journal, nowMs: number, detailDays = JOURNAL_DETAIL_DAYS): boolean {
  const { cutoffMs, cutoffDate } = detailCutoff(nowMs, detailDays)
  // Every entry, not just the head of each list: a backdated entry may sit out of order, and detail is
  // only some thousands of entries, so this is still well under a millisecond.
  return (
    journal.water.some((drink) => drink.loggedAtMs < cutoffMs) ||
    journal.routines.some((routine) => routine.endedAtMs < cutoffMs) ||
    journal.reminders.some((reminder) => reminder.firedAtMs < cutoffMs) ||
    journal.checkIns.some((checkIn) => checkIn.date < cutoffDate)
  )
}

const localDateOfMs = (ms: number) => localDateKey(new Date(ms))

const clamp = (value: number, max: number) => Math.min(max, value)

function clamped(summary: DaySummary): DaySummary {
  const { routinesCompleted: routines } = summary
  return {
    ...summary,
    waterMl: clamp(summary.waterMl, summaryMax.waterMl),
    drinks: clamp(summary.drinks, summaryMax.drinks),
    routinesCompleted: {
      'warm-up': clamp(routines['warm-up'], summaryMax.routines),
      'cool-down': clamp(routines['cool-down'], summaryMax.routines),
      relief: clamp(routines.relief, summaryMax.routines)
    },
    remindersFired: clamp(summary.remindersFired, summaryMax.remindersFired)
  }
}

/**
 * The journal with every water, routine, reminder and check-in entry dated before the local day
 * `detailDays` days before today folded into that date's summary (added to one already there).
 * Returns the same object when nothing is old enough, so the caller can skip writing it.
 */
export function compactJournal(journal: Journal, nowMs: number, detailDays = JOURNAL_DETAIL_DAYS): Journal {
  if (!journalNeedsCompaction(journal, nowMs, detailDays)) return journal
  const { cutoffMs, cutoffDate } = detailCutoff(nowMs, detailDays)
  // Copies: the summaries are added to below, and the journal passed in must stay as it was.
  const summaries = new Map<string, DaySummary>(
    journal.days.map((day) => [day.date, { ...day, routinesCompleted: { ...day.routinesCompleted } }])
  )
  const summaryOf = (date: string): DaySummary => {
    let summary = summaries.get(date)
    if (summary === undefined) {
      // Created even for a day with only an abandoned routine, so the journal's first date stays put.
      const routinesCompleted = { 'warm-up': 0, 'cool-down': 0, relief: 0 }
      summary = { date, waterMl: 0, drinks: 0, routinesCompleted, remindersFired: 0 }
      summaries.set(date, summary)
    }
    return summary
  }
  const old = (ms: number) => ms < cutoffMs

  for (const drink of journal.water.filter((entry) => old(entry.loggedAtMs))) {
    const summary = summaryOf(localDateOfMs(drink.loggedAtMs))
    summary.waterMl += drink.amountMl
    summary.drinks += 1
  }
  for (const routine of journal.routines.filter((entry) => old(entry.endedAtMs))) {
    const summary = summaryOf(localDateOfMs(routine.endedAtMs))
    // Purposes are the same three words as the summary's keys (routinePurposes in routine.ts).
    if (routine.completed) summary.routinesCompleted[routine.purpose] += 1
  }
  for (const reminder of journal.reminders.filter((entry) => old(entry.firedAtMs))) {
    summaryOf(localDateOfMs(reminder.firedAtMs)).remindersFired += 1
  }
  for (const checkIn of journal.checkIns.filter((entry) => entry.date < cutoffDate)) {
    summaryOf(checkIn.date).urineLevel = checkIn.level
  }

  return {
    ...journal,
    water: journal.water.filter((entry) => !old(entry.loggedAtMs)),
    routines: journal.routines.filter((entry) => !old(entry.endedAtMs)),
    reminders: journal.reminders.filter((entry) => !old(entry.firedAtMs)),
    checkIns: journal.checkIns.filter((entry) => entry.date >= cutoffDate),
    days: [...summaries.values()].sort((a, b) => a.date.localeCompare(b.date)).map(clamped)
  }
}
