/** TCX activities (Garmin Connect, Polar, older exports): lap totals when present, trackpoints otherwise. */
import type { ActivitySummary } from '../../core/activities/activity'
import { finishSummary, sportFromName, TrackStats } from './activity-summary'
import { ActivityImportError } from './import-errors'
import { child, children, number, readXmlDocument, text, time, type XmlDocument, type XmlNode } from './parse-xml'

interface LapTotals {
  readonly startMs?: number
  readonly timerS?: number
  readonly distanceM?: number
  readonly avgHeartRate?: number
  readonly maxHeartRate?: number
}

const lapTotals = (lap: XmlNode): LapTotals => ({
  startMs: time(lap, '@StartTime'),
  timerS: number(lap, 'TotalTimeSeconds'),
  distanceM: number(lap, 'DistanceMeters'),
  avgHeartRate: number(child(lap, 'AverageHeartRateBpm'), 'Value'),
  maxHeartRate: number(child(lap, 'MaximumHeartRateBpm'), 'Value')
})

const total = (values: (number | undefined)[]) =>
  values.every((value) => value !== undefined) && values.length > 0
    ? values.reduce<number>((sum, value) => sum + value!, 0)
    : undefined

/** The summary of a parsed TCX document (its first activity). */
export function tcxSummary(document: XmlDocument): ActivitySummary {
  if (document.root !== 'TrainingCenterDatabase') {
    throw new ActivityImportError('unknown-format', 'This file is not a TCX file.')
  }
  const activity = children(child(document.body, 'Activities'), 'Activity')[0]
  if (!activity) {
    throw new ActivityImportError('not-an-activity', 'This TCX file holds no recorded activity (it may be a course).')
  }
  const stats = new TrackStats()
  const laps = children(activity, 'Lap')
  for (const lap of laps) {
    for (const track of children(lap, 'Track')) {
      for (const point of children(track, 'Trackpoint')) {
        const position = child(point, 'Position')
        stats.add({
          timeMs: time(point, 'Time'),
          heartRate: number(child(point, 'HeartRateBpm'), 'Value'),
          distanceM: number(point, 'DistanceMeters'),
          latitude: number(position, 'LatitudeDegrees'),
          longitude: number(position, 'LongitudeDegrees')
        })
      }
    }
  }
  const totals = laps.map(lapTotals)
  const lapStarts = totals.map((lap) => lap.startMs).filter((start): start is number => start !== undefined)
  const startMs = lapStarts.length ? Math.min(...lapStarts) : (stats.firstMs ?? time(activity, 'Id'))
  if (startMs === undefined) {
    throw new ActivityImportError('no-start-time', 'This file is not a workout: it has no start time.')
  }
  const lapEnds = totals.map((lap) =>
    lap.startMs !== undefined && lap.timerS !== undefined ? lap.startMs + lap.timerS * 1000 : undefined
  )
  const ends = [...lapEnds, stats.lastMs].filter((end): end is number => end !== undefined)
  if (ends.length === 0) {
    throw new ActivityImportError(
      'no-timed-points',
      'This TCX file has no timed points or lap times: it describes a route, not a recorded workout.'
    )
  }
  const timerS = total(totals.map((lap) => lap.timerS))
  const heartWeight = totals.reduce((sum, lap) => sum + (lap.avgHeartRate !== undefined ? (lap.timerS ?? 0) : 0), 0)
  const lapAvgHeart =
    heartWeight > 0
      ? Math.round(totals.reduce((sum, lap) => sum + (lap.avgHeartRate ?? 0) * (lap.timerS ?? 0), 0) / heartWeight)
      : undefined
  const lapMaxHeart = totals.map((lap) => lap.maxHeartRate).filter((value): value is number => value !== undefined)
  return finishSummary({
    format: 'tcx',
    sport: sportFromName(text(activity, '@Sport')),
    startMs,
    durationMs: Math.max(...ends) - startMs,
    movingMs: timerS === undefined ? undefined : timerS * 1000,
    distanceM: total(totals.map((lap) => lap.distanceM)) ?? stats.distanceM,
    avgHeartRate: lapAvgHeart ?? stats.avgHeartRate,
    maxHeartRate: lapMaxHeart.length ? Math.max(...lapMaxHeart) : stats.maxHeartRate,
    avgTemperatureC: stats.avgTemperatureC,
    maxTemperatureC: stats.maxTemperatureC
  })
}

/** Reads a TCX file; refuses unsafe or malformed XML and a TCX without an activity or times. */
export const parseTcx = (bytes: Uint8Array): ActivitySummary => tcxSummary(readXmlDocument(bytes))
