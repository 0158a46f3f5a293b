/**
 * A workout the person's watch recorded, as Limber keeps it: the summary only (never the track
 * points), so years of daily activities stay small. Parsed from FIT, GPX or TCX files by the service
 * (src/service/activity-import/), matched to the plan and read by the rehydration and pattern rules.
 */
import { z } from 'zod'
import { activityFormats, activityLimits, activitySports } from './activity-model'

export {
  activityEndMs,
  activityFormats,
  activityLimits,
  activitySports,
  type ActivityFormat,
  type ActivitySport
} from './activity-model'

const heartRate = z.number().int().min(activityLimits.heartRate.min).max(activityLimits.heartRate.max)
const temperature = z.number().min(activityLimits.temperatureC.min).max(activityLimits.temperatureC.max)

/** What a parser read from one file, before Limber gives it an id and matches it to the plan. */
export const ActivitySummary = z
  .object({
    sport: z.enum(activitySports),
    format: z.enum(activityFormats),
    startMs: z.number().int().nonnegative(),
    /** Wall-clock time from start to end (pauses included), as the watch recorded it. */
    durationMs: z.number().int().positive().max(activityLimits.maxDurationMs),
    /** Time actually moving/recording (the watch's timer time), when the file says. */
    movingMs: z.number().int().nonnegative().max(activityLimits.maxDurationMs).optional(),
    distanceM: z.number().nonnegative().max(activityLimits.maxDistanceM).optional(),
    avgHeartRate: heartRate.optional(),
    maxHeartRate: heartRate.optional(),
    avgTemperatureC: temperature.optional(),
    maxTemperatureC: temperature.optional()
  })
  .strict()
/** What a parser read from one file. */
export type ActivitySummary = z.infer<typeof ActivitySummary>

/** Body weight before and after, and what was drunk in between: turns the sweat estimate into a measurement. */
export const WeighIn = z
  .object({
    beforeKg: z.number().min(activityLimits.weightKg.min).max(activityLimits.weightKg.max),
    afterKg: z.number().min(activityLimits.weightKg.min).max(activityLimits.weightKg.max),
    drankMl: z.number().int().nonnegative().max(10_000)
  })
  .strict()
/** A weigh-in around one activity. */
export type WeighIn = z.infer<typeof WeighIn>

/** An activity in the journal. */
export const ActivityEntry = ActivitySummary.extend({
  id: z.string().min(1).max(64),
  /** SHA-256 of the file's bytes (hex): the same file imported twice is recognised and skipped. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's name (no folder), as the person would recognise it. */
  fileName: z.string().max(activityLimits.fileName),
  importedAtMs: z.number().int().nonnegative(),
  /** The planned workout it was matched to (id and the local date of that occurrence), if any. */
  matched: z
    .object({ workoutId: z.string().min(1).max(64), date: z.iso.date() })
    .strict()
    .optional(),
  weighIn: WeighIn.optional()
}).strict()
/** An activity in the journal. */
export type ActivityEntry = z.infer<typeof ActivityEntry>
