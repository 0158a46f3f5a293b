/**
 * What the three parsers share: the sport name mapping, the statistics computed from track points when
 * a file has no summary of its own, and the last check that what was read is a plausible activity.
 */
import {
  ActivitySummary,
  activityLimits,
  type ActivityFormat,
  type ActivitySport
} from '../../core/activities/activity'
import { ActivityImportError } from './import-errors'

const sportWords: readonly (readonly [string, ActivitySport])[] = [
  ['run', 'run'],
  ['jog', 'run'],
  ['cycl', 'ride'],
  ['bik', 'ride'],
  ['ride', 'ride'],
  ['walk', 'walk'],
  ['hik', 'hike'],
  ['mountaineer', 'hike'],
  ['swim', 'swim'],
  ['training', 'gym'],
  ['strength', 'gym'],
  ['fitness', 'gym'],
  ['hiit', 'gym'],
  ['gym', 'gym']
]

/** A file's own sport name (FIT 'running', TCX 'Biking', GPX 'trail_running') as one of Limber's sports. */
export function sportFromName(name: string | undefined): ActivitySport {
  const lower = (name ?? '').toLowerCase()
  return sportWords.find(([word]) => lower.includes(word))?.[1] ?? 'other'
}

/** One sample of a track, with what the file recorded at that moment. */
export interface TrackSample {
  readonly timeMs?: number
  readonly heartRate?: number
  readonly temperatureC?: number
  /** Distance from the start, when the device recorded it. */
  readonly distanceM?: number
  readonly latitude?: number
  readonly longitude?: number
}

const inRange = (value: number | undefined, range: { readonly min: number; readonly max: number }) =>
  value !== undefined && Number.isFinite(value) && value >= range.min && value <= range.max

const earthRadiusM = 6_371_000
const radians = (degrees: number) => (degrees * Math.PI) / 180
/** Great-circle distance between two positions (haversine). */
function metresBetween(a: TrackSample, b: TrackSample): number {
  const dLat = radians(b.latitude! - a.latitude!)
  const dLon = radians(b.longitude! - a.longitude!)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude!)) * Math.cos(radians(b.latitude!)) * Math.sin(dLon / 2) ** 2
  return 2 * earthRadiusM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Running statistics over track samples; readings outside plausible ranges (sensor glitches) are ignored. */
export class TrackStats {
  firstMs: number | undefined
  lastMs: number | undefined
  timedCount = 0
  private heartSum = 0
  private heartCount = 0
  maxHeartRate: number | undefined
  private temperatureSum = 0
  private temperatureCount = 0
  maxTemperatureC: number | undefined
  private recordedDistanceM: number | undefined
  private travelledM = 0
  private previousPosition: TrackSample | undefined

  add(sample: TrackSample): void {
    if (sample.timeMs !== undefined && Number.isFinite(sample.timeMs)) {
      this.timedCount += 1
      this.firstMs = this.firstMs === undefined ? sample.timeMs : Math.min(this.firstMs, sample.timeMs)
      this.lastMs = this.lastMs === undefined ? sample.timeMs : Math.max(this.lastMs, sample.timeMs)
    }
    if (inRange(sample.heartRate, activityLimits.heartRate)) {
      this.heartSum += sample.heartRate!
      this.heartCount += 1
      this.maxHeartRate = Math.max(this.maxHeartRate ?? 0, sample.heartRate!)
    }
    if (inRange(sample.temperatureC, activityLimits.temperatureC)) {
      this.temperatureSum += sample.temperatureC!
      this.temperatureCount += 1
      this.maxTemperatureC = Math.max(this.maxTemperatureC ?? -Infinity, sample.temperatureC!)
    }
    if (sample.distanceM !== undefined && Number.isFinite(sample.distanceM) && sample.distanceM >= 0) {
      this.recordedDistanceM = Math.max(this.recordedDistanceM ?? 0, sample.distanceM)
    }
    if (Number.isFinite(sample.latitude) && Number.isFinite(sample.longitude)) {
      if (this.previousPosition) this.travelledM += metresBetween(this.previousPosition, sample)
      this.previousPosition = sample
    }
  }

  get avgHeartRate(): number | undefined {
    return this.heartCount ? Math.round(this.heartSum / this.heartCount) : undefined
  }

  get avgTemperatureC(): number | undefined {
    return this.temperatureCount ? Math.round((this.temperatureSum / this.temperatureCount) * 10) / 10 : undefined
  }

  /** The device's own distance when it recorded one, otherwise the length of the track, otherwise unknown. */
  get distanceM(): number | undefined {
    if (this.recordedDistanceM !== undefined) return this.recordedDistanceM
    return this.previousPosition ? Math.round(this.travelledM) : undefined
  }

  /** Start to last sample, when at least two samples carry a time. */
  get durationMs(): number | undefined {
    return this.timedCount >= 2 ? this.lastMs! - this.firstMs! : undefined
  }
}

/** A summary as read, before the final check (any field may still be missing or out of range). */
export interface SummaryDraft {
  sport: ActivitySport
  format: ActivityFormat
  startMs?: number
  durationMs?: number
  movingMs?: number
  distanceM?: number
  avgHeartRate?: number
  maxHeartRate?: number
  avgTemperatureC?: number
  maxTemperatureC?: number
}

const describe: Partial<Record<keyof SummaryDraft, string>> = {
  durationMs: 'duration',
  movingMs: 'moving time',
  distanceM: 'distance',
  avgHeartRate: 'average heart rate',
  maxHeartRate: 'maximum heart rate',
  avgTemperatureC: 'average temperature',
  maxTemperatureC: 'maximum temperature'
}

/** The checked summary; a file that is no plausible workout is refused with the reason. */
export function finishSummary(draft: SummaryDraft): ActivitySummary {
  if (draft.startMs === undefined || !Number.isFinite(draft.startMs)) {
    throw new ActivityImportError('no-start-time', 'This file is not a workout: it has no start time.')
  }
  if (draft.durationMs === undefined || !(draft.durationMs > 0)) {
    throw new ActivityImportError(
      'implausible-activity',
      'This workout has no duration: its start and end are the same.'
    )
  }
  const rounded: SummaryDraft = {
    ...draft,
    startMs: Math.round(draft.startMs),
    durationMs: Math.round(draft.durationMs),
    ...(draft.movingMs !== undefined && { movingMs: Math.round(draft.movingMs) }),
    ...(draft.distanceM !== undefined && { distanceM: Math.round(draft.distanceM * 10) / 10 })
  }
  const defined = Object.fromEntries(Object.entries(rounded).filter(([, value]) => value !== undefined))
  const checked = ActivitySummary.safeParse(defined)
  if (checked.success) return checked.data
  const field = checked.error.issues[0]?.path[0] as keyof SummaryDraft | undefined
  const what = (field && describe[field]) ?? field ?? 'a value'
  throw new ActivityImportError(
    'implausible-activity',
    `This workout's ${what} is outside what Limber accepts (${String(field && defined[field])}).`
  )
}
