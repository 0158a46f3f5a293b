/** GPX tracks (Strava, Komoot, Suunto, Polar exports), with Garmin's TrackPointExtension heart rate and temperature. */
import type { ActivitySummary } from '../../core/activities/activity'
import { finishSummary, sportFromName, TrackStats } from './activity-summary'
import { ActivityImportError } from './import-errors'
import { child, children, number, readXmlDocument, text, time, type XmlDocument, type XmlNode } from './parse-xml'

/** Heart rate and temperature from a point's extensions, whichever common vocabulary the file uses. */
function extensionReadings(point: XmlNode): { heartRate?: number; temperatureC?: number } {
  const extensions = child(point, 'extensions')
  if (!extensions) return {}
  const garmin = child(extensions, 'TrackPointExtension') ?? extensions
  return {
    heartRate: number(garmin, 'hr') ?? number(extensions, 'heartrate') ?? number(extensions, 'hr'),
    temperatureC: number(garmin, 'atemp') ?? number(extensions, 'temp') ?? number(extensions, 'atemp')
  }
}

/** The summary of a parsed GPX document. */
export function gpxSummary(document: XmlDocument): ActivitySummary {
  if (document.root !== 'gpx') throw new ActivityImportError('unknown-format', 'This file is not a GPX file.')
  const tracks = children(document.body, 'trk')
  const stats = new TrackStats()
  for (const track of tracks) {
    for (const segment of children(track, 'trkseg')) {
      for (const point of children(segment, 'trkpt')) {
        stats.add({
          timeMs: time(point, 'time'),
          latitude: number(point, '@lat'),
          longitude: number(point, '@lon'),
          ...extensionReadings(point)
        })
      }
    }
  }
  if (stats.timedCount < 2) {
    throw new ActivityImportError(
      'no-timed-points',
      'This GPX file has no timed points: it describes a route, not a recorded workout.'
    )
  }
  return finishSummary({
    format: 'gpx',
    sport: sportFromName(text(tracks[0], 'type')),
    startMs: stats.firstMs,
    durationMs: stats.durationMs,
    distanceM: stats.distanceM,
    avgHeartRate: stats.avgHeartRate,
    maxHeartRate: stats.maxHeartRate,
    avgTemperatureC: stats.avgTemperatureC,
    maxTemperatureC: stats.maxTemperatureC
  })
}

/** Reads a GPX file; refuses unsafe or malformed XML and a GPX without timed points. */
export const parseGpx = (bytes: Uint8Array): ActivitySummary => gpxSummary(readXmlDocument(bytes))
