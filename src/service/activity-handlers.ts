import type { ActivityEntry } from '../core/activities/activity'
import { crampPatterns } from '../core/activities/cramp-patterns'
import { measuredSweatRate } from '../core/activities/rehydration'
import { matchActivity } from '../core/activities/plan-match'
import { patternThresholds } from '../core/activities/pattern-thresholds'
import { weeklyTrainingLoad } from '../core/activities/training-load'
import type { Journal } from '../core/journal/journal'
import type { ReminderState } from '../core/reminders/reminders'
import type { Settings } from '../core/settings/settings'
import type { ActivityImportReport, ImportedActivity } from '../contract/slices/activities'
import type { ActivityFileResult, ActivityParser, ActivityReadProgress } from './activity-import'
import { toActivityImportProblem } from './activity-import'
import type { OpenDocument } from './document-file'
import { CallRefused, notFound, type SliceHandlers } from './handler-types'
import type { Clock } from './ports'

/** What the activity calls reach. */
export interface ActivityHandlerParts {
  readonly clock: Clock
  readonly settings: OpenDocument<Settings>
  readonly journal: OpenDocument<Journal>
  readonly reminderState: OpenDocument<ReminderState>
  readonly parser: ActivityParser
  /** How far the import in progress has come (null once it is over); the window shows a bar. */
  readonly progress: (progress: { readonly doneBytes: number; readonly totalBytes: number } | null) => void
  readonly newId: () => string
}

/** Weeks the training-load chart covers. */
const trainingLoadWeeks = 12

/**
 * Parses each file off the service's thread, one after the other, reporting progress over all of them: every
 * activity file found, read or refused (a picked file refused as a whole is one refusal under its name).
 */
async function readFiles(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  parts: ActivityHandlerParts
): Promise<ActivityFileResult[]> {
  const totalBytes = files.reduce((sum, file) => sum + file.bytes.length, 0)
  let doneBefore = 0
  // The bar moves in whole percents: finer steps would push a state change per few kilobytes parsed.
  let shownPercent = 0
  const results: ActivityFileResult[] = []
  parts.progress({ doneBytes: 0, totalBytes })
  try {
    for (const file of files) {
      const onProgress = (progress: ActivityReadProgress): void => {
        const doneBytes = doneBefore + progress.doneBytes
        const percent = Math.floor((doneBytes / Math.max(1, totalBytes)) * 100)
        if (percent <= shownPercent) return
        shownPercent = percent
        parts.progress({ doneBytes, totalBytes })
      }
      try {
        results.push(...(await parts.parser.parse(file.name, file.bytes, { onProgress })))
      } catch (error) {
        results.push({ ok: false, fileName: file.name, path: file.name, problem: toActivityImportProblem(error) })
      }
      doneBefore += file.bytes.length
    }
  } finally {
    parts.progress(null)
  }
  return results
}

/**
 * The activity calls: import (parse, skip what is already there by file hash, match to the plan), remove,
 * weigh-in, and History → Patterns. A file that cannot be read is reported and changes nothing.
 */
export function activityHandlers(parts: ActivityHandlerParts): SliceHandlers<'activities'> {
  const { clock, settings, journal } = parts
  return {
    importActivities: async ({ files }) => {
      const decoded = files.map((file) => ({ name: file.name, bytes: Buffer.from(file.dataBase64, 'base64') }))
      const results = await readFiles(decoded, parts)
      // Read the journal only now: other calls may have changed it while the files were parsed.
      const known = new Map(journal.value.activities.map((activity) => [activity.hash, activity.id]))
      const added: ActivityEntry[] = []
      const duplicates: ActivityImportReport['duplicates'][number][] = []
      const refused: ActivityImportReport['refused'][number][] = []
      const importedAtMs = clock.now()
      for (const read of results) {
        if (!read.ok) {
          refused.push({ fileName: read.fileName, ...read.problem })
          continue
        }
        const existingId = known.get(read.hash)
        if (existingId !== undefined) {
          duplicates.push({ fileName: read.fileName, existingId })
          continue
        }
        const id = parts.newId()
        const matched = matchActivity({ ...read.summary, id }, settings.value.workouts, [
          ...journal.value.activities,
          ...added
        ])
        known.set(read.hash, id)
        added.push({
          ...read.summary,
          id,
          hash: read.hash,
          fileName: read.fileName,
          importedAtMs,
          ...(matched ? { matched } : {})
        })
      }
      if (added.length > 0) {
        const activities = [...journal.value.activities, ...added].sort((a, b) => a.startMs - b.startMs)
        journal.write({ ...journal.value, activities })
      }
      const imported = added.map(({ id, fileName, sport, startMs, durationMs, matched }): ImportedActivity => ({
        id,
        fileName,
        sport,
        startMs,
        durationMs,
        ...(matched ? { matched } : {})
      }))
      return { added: imported, duplicates, refused }
    },
    removeActivity: ({ id }) => {
      const { activities } = journal.value
      if (!activities.some((activity) => activity.id === id)) throw notFound('That activity is not in the journal.')
      journal.write({ ...journal.value, activities: activities.filter((activity) => activity.id !== id) })
      return null
    },
    recordWeighIn: ({ activityId, weighIn }) => {
      const { activities } = journal.value
      const activity = activities.find((candidate) => candidate.id === activityId)
      if (!activity) throw notFound('That activity is not in the journal.')
      const measured = measuredSweatRate(weighIn, activity)
      if (!measured.ok) {
        const message =
          measured.reason === 'weight-gained'
            ? 'These weights say you gained more than you drank, so they cannot measure sweat loss.'
            : 'These weights give a sweat rate above 4 litres an hour, more than anyone sweats: please check them.'
        // The issue's message is the reason's code, for the window to word in the person's language.
        throw new CallRefused({ code: 'refused', message, issues: [{ field: 'weighIn', message: measured.reason }] })
      }
      const updated = activities.map((candidate) =>
        candidate.id === activityId ? { ...candidate, weighIn } : candidate
      )
      journal.write({ ...journal.value, activities: updated })
      return null
    },
    getPatterns: () => {
      const nowMs = clock.now()
      const { value } = journal
      return {
        patterns: crampPatterns({
          journal: value,
          activities: value.activities,
          dailyGoalMl: settings.value.dailyGoalMl,
          hotDays: parts.reminderState.value.hotDays,
          nowMs
        }),
        trainingLoad: weeklyTrainingLoad(value.activities, value.cramps, nowMs, trainingLoadWeeks),
        thresholds: {
          longMinutes: patternThresholds.longWorkoutMinutes.value,
          hotC: patternThresholds.hotFromC.value,
          nightFrom: patternThresholds.night.start,
          nightUntil: patternThresholds.night.end
        }
      }
    }
  }
}
