import { z } from 'zod'
import type { ActivityEntry, ActivitySport } from '../../core/activities/activity'
import { WeighIn } from '../../core/activities/activity'
import type { CrampPatterns } from '../../core/activities/cramp-patterns'
import type { DoneOccurrence } from '../../core/activities/plan-match'
import type { SweatLossEstimate } from '../../core/activities/rehydration'
import type { TrainingWeek } from '../../core/activities/training-load'
import { command, noInput, query, slice, type Done } from '../call'

/** Bounds on one import: what a watch folder or an export zip holds, with room to spare. */
export const activityImportLimits = {
  files: 50,
  /** Per file and in total (base64 makes the call about a third larger than the bytes). */
  fileBytes: 64 * 1024 * 1024,
  totalBytes: 96 * 1024 * 1024,
  fileName: 255
} as const

/** Every reason an activity file or archive can be refused (the window words each one; see service/activity-import). */
export const activityImportErrorCodes = [
  'file-too-large',
  'unknown-format',
  'fit-truncated',
  'fit-damaged',
  'not-an-activity',
  'no-start-time',
  'no-timed-points',
  'implausible-activity',
  'xml-malformed',
  'xml-doctype',
  'zip-damaged',
  'zip-unsafe-path',
  'zip-too-many-entries',
  'zip-too-large',
  'zip-encrypted',
  'zip-no-activities',
  'cancelled',
  'parser-failed'
] as const
/** A reason an activity file can be refused. */
export type ActivityImportErrorCode = (typeof activityImportErrorCodes)[number]

/** An activity as the window shows it: the journal entry, its sweat-loss estimate with the reasoning, and what it adds to its day's goal. */
export interface ActivityView extends ActivityEntry {
  readonly estimate: SweatLossEstimate
  readonly goalRaiseMl: number
}

/** The activities part of the state. */
export interface ActivitiesView {
  /** The last 14 days' activities, newest first. */
  readonly recent: readonly ActivityView[]
  /** How many activities the journal holds in all. */
  readonly total: number
  /** What today's activities add to today's goal (0 when none; `today.goalMl` already includes it). */
  readonly todayRaiseMl: number
  /** The planned workouts of today that an activity fulfilled. */
  readonly doneToday: readonly DoneOccurrence[]
  /** An import in progress (files are parsed off the service's thread). */
  readonly importing: { readonly doneBytes: number; readonly totalBytes: number } | null
}

/** Activities: workouts the watch recorded. */
export interface ActivitiesState {
  readonly activities: ActivitiesView
}

/** History → Patterns: what came before each cramp, the counts against the person's own base rate, and the weekly training load. */
export interface PatternsView {
  readonly patterns: CrampPatterns
  /** The last 12 local weeks, oldest first. */
  readonly trainingLoad: readonly TrainingWeek[]
  /** The figures the wording needs ("over 60 minutes", "25 °C or more"). */
  readonly thresholds: {
    readonly longMinutes: number
    readonly hotC: number
    readonly nightFrom: string
    readonly nightUntil: string
  }
}

/** One file in an import. */
export interface ImportedActivity {
  readonly id: string
  readonly fileName: string
  readonly sport: ActivitySport
  readonly startMs: number
  readonly durationMs: number
  /** The planned workout (id and local date) it was matched to. */
  readonly matched?: { readonly workoutId: string; readonly date: string }
}

/** What an activity import did, file by file. */
export interface ActivityImportReport {
  readonly added: readonly ImportedActivity[]
  /** Files already in the journal (same bytes): skipped. */
  readonly duplicates: readonly { readonly fileName: string; readonly existingId: string }[]
  /** Files that could not be read, with why (a code the window words, and the English detail). */
  readonly refused: readonly { readonly fileName: string; readonly code: string; readonly message: string }[]
}

const ActivityFile = z
  .object({
    name: z.string().min(1).max(activityImportLimits.fileName),
    // Base64 of the file's bytes: the same shape over IPC and HTTP.
    dataBase64: z
      .string()
      .min(1)
      .max(Math.ceil(activityImportLimits.fileBytes / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
  })
  .strict()

export const activitiesSlice = slice({
  state: ['activities'] satisfies (keyof ActivitiesState)[],
  calls: {
    /** Reads FIT, GPX and TCX files (and zips of them), adds the new ones and matches them to the plan. */
    importActivities: command<ActivityImportReport>()(
      z
        .object({ files: z.array(ActivityFile).min(1).max(activityImportLimits.files) })
        .strict()
        .refine(
          ({ files }) =>
            files.reduce((sum, file) => sum + file.dataBase64.length, 0) <=
            Math.ceil(activityImportLimits.totalBytes / 3) * 4,
          { message: 'These files are too large to import at once.', path: ['files'] }
        )
    ),
    /** Takes an activity out of the journal (an import of the wrong file, say). */
    removeActivity: command<Done>()(z.object({ id: z.string().min(1).max(64) }).strict()),
    /** Records body weight before and after an activity, and what was drunk in between (refused when impossible). */
    recordWeighIn: command<Done>()(z.object({ activityId: z.string().min(1).max(64), weighIn: WeighIn }).strict()),
    /** History → Patterns. */
    getPatterns: query<PatternsView>()(noInput)
  }
})
