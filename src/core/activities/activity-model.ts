/**
 * The activity model's plain parts (no zod, so the window can import them without the schema library):
 * sports, formats, bounds and the end of an activity. The schemas are in activity.ts.
 */

/** The sports Limber tells apart; a file's own sport names map onto these (anything else is 'other'). */
export const activitySports = ['run', 'ride', 'walk', 'hike', 'swim', 'gym', 'other'] as const
/** One of the sports Limber tells apart. */
export type ActivitySport = (typeof activitySports)[number]

/** The file formats Limber reads. */
export const activityFormats = ['fit', 'gpx', 'tcx'] as const
/** A file format Limber reads. */
export type ActivityFormat = (typeof activityFormats)[number]

/** Bounds that keep an activity plausible; a file outside them is refused, not clipped. */
export const activityLimits = {
  /** Longer than any single recorded activity people do (multi-day events are split by watches). */
  maxDurationMs: 48 * 60 * 60 * 1000,
  maxDistanceM: 1_000_000,
  heartRate: { min: 20, max: 250 },
  temperatureC: { min: -40, max: 60 },
  weightKg: { min: 20, max: 300 },
  fileName: 120
} as const

/** The activity's end: its start plus its wall-clock duration. */
export const activityEndMs = (activity: { readonly startMs: number; readonly durationMs: number }): number =>
  activity.startMs + activity.durationMs
