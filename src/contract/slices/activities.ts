import { z } from 'zod'
import type { ActivityEntry, ActivitySport } from '../../core/activities/activity'
import { WeighIn } from '../../core/activities/activity'
import { command, slice, type Done } from '../call'

/** Bounds on one import: what a watch folder or an export zip holds, with room to spare. */
export const activityImportLimits = {
  files: 50,
  /** Per file and in total (base64 makes the call about a third larger than the bytes). */
  fileBytes: 64 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  fileName: 255
} as const

/** How much water an activity likely cost, and why (the window words the reasoning). */
export interface ActivityRehydration {
  readonly lowMl: number
  readonly highMl: number
  /** What the estimate rests on: a measured sweat rate from an earlier weigh-in, or the typical range for this effort. */
  readonly basis: 'typical' | 'measured'
  readonly intensity: 'easy' | 'moderate' | 'hard'
  /** The intensity came from heart rate (against the highest the person reached), not the sport's default. */
  readonly intensityFromHeartRate: boolean
  /** Recorded at 25 °C or more. */
  readonly hot: boolean
  /** Litres per hour the estimate used (a range, or one measured figure). */
  readonly ratePerHourMl: { readonly low: number; readonly high: number }
  /** What this activity adds to the day's goal. */
  readonly goalRaiseMl: number
  /** The sweat rate measured from this activity's weigh-in, in ml per hour. */
  readonly measuredRateMlPerHour?: number
}

/** An activity as the window shows it. */
export interface ActivityView extends ActivityEntry {
  readonly rehydration: ActivityRehydration
  /** The planned workout it fulfilled, by the name the plan shows (its kind and time). */
  readonly plannedAt?: string
}

/** Today's goal after the day's activities. */
export interface GoalRaise {
  readonly baseGoalMl: number
  readonly extraMl: number
  readonly activityIds: readonly string[]
}

/** The activities part of the state. */
export interface ActivitiesView {
  /** The last 14 days' activities, newest first. */
  readonly recent: readonly ActivityView[]
  /** How many activities the journal holds in all. */
  readonly total: number
  /** Today's goal raise from activities; null when there were none. */
  readonly goalRaise: GoalRaise | null
  /** An import in progress (files are parsed off the service's thread). */
  readonly importing: { readonly doneBytes: number; readonly totalBytes: number } | null
}

/** Activities: workouts the watch recorded. */
export interface ActivitiesState {
  readonly activities: ActivitiesView
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
    /** Records body weight before and after an activity, and what was drunk in between. */
    recordWeighIn: command<Done>()(z.object({ activityId: z.string().min(1).max(64), weighIn: WeighIn }).strict())
  }
})
