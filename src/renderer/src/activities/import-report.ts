import {
  activityImportErrorCodes,
  type ActivityImportErrorCode,
  type ActivityImportReport,
  type ImportedActivity
} from '../../../contract/slices/activities'
import type { WorkoutPlan } from '../../../core/reminders/reminders'
import { t } from '../i18n/i18n'
import { formatActivityMinutes, formatWeekdayTime, sportName } from './activity-wording'
import '../i18n/activity-strings'

/** The refusal codes the window words itself (the contract's list); any other code gets the generic sentence. */
const wordedCodes = new Set<string>(activityImportErrorCodes)
type WordedCode = ActivityImportErrorCode

/** A refused file in the person's language: "Morning_Run.fit is cut short — … Nothing was changed." */
export function refusalText(fileName: string, code: string): string {
  const known = wordedCodes.has(code) ? (code as WordedCode) : 'generic'
  return t(`activities.import.refused.${known}`, { file: fileName })
}

/** "Run, Tue 07:02, 65 min — matched your planned run". */
export function addedLine(activity: ImportedActivity, workouts: readonly WorkoutPlan[]): string {
  const values = {
    sport: sportName(activity.sport),
    when: formatWeekdayTime(activity.startMs),
    duration: formatActivityMinutes(activity.durationMs)
  }
  if (activity.matched === undefined) return t('activities.import.addedLine', values)
  const kind = workouts.find((workout) => workout.id === activity.matched?.workoutId)?.kind ?? 'other'
  return t('activities.import.addedMatched', { ...values, workout: t(`workouts.noun.${kind}`) })
}

/** An import's outcome in plain words: what was added (one line each), what was already there, what was refused. */
export interface ImportReportText {
  /** "Added 2 activities:", or that nothing was added. */
  readonly headline: string
  readonly added: readonly string[]
  readonly duplicates: readonly string[]
  readonly refused: readonly string[]
}

/** The words for an import report; `localRefusals` are files the window refused before sending (too large, unreadable). */
export function importReportText(
  report: ActivityImportReport,
  workouts: readonly WorkoutPlan[],
  localRefusals: readonly string[] = []
): ImportReportText {
  const count = report.added.length
  return {
    headline: count > 0 ? t('activities.import.added', { count }) : t('activities.import.nothingAdded'),
    added: [...report.added].sort((a, b) => a.startMs - b.startMs).map((activity) => addedLine(activity, workouts)),
    duplicates: report.duplicates.map(({ fileName }) => t('activities.import.duplicate', { file: fileName })),
    refused: [...localRefusals, ...report.refused.map(({ fileName, code }) => refusalText(fileName, code))]
  }
}

/** Two reports of one import sent in parts, as one. */
export const mergeReports = (a: ActivityImportReport, b: ActivityImportReport): ActivityImportReport => ({
  added: [...a.added, ...b.added],
  duplicates: [...a.duplicates, ...b.duplicates],
  refused: [...a.refused, ...b.refused]
})

/** An import that added nothing, duplicated nothing and refused nothing (the starting point for merging). */
export const emptyReport: ActivityImportReport = { added: [], duplicates: [], refused: [] }
