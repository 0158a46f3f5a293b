import { describe, expect, it } from 'vitest'
import { parseGpx } from './parse-gpx'
import { parseTcx } from './parse-tcx'
import {
  entityBombGpx,
  externalEntityTcx,
  rideTcx,
  routeGpx,
  watchRunGpx,
  watchRunGpxText
} from './testing/xml-fixtures'
import { refusal } from './testing/refusal'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('parseGpx', () => {
  it('reads a watch GPX with Garmin TrackPointExtension heart rate and temperature', () => {
    const summary = parseGpx(watchRunGpx())
    expect(summary).toMatchObject({
      sport: 'run',
      format: 'gpx',
      startMs: Date.UTC(2026, 2, 2, 6, 2),
      durationMs: 15 * 60_000,
      avgHeartRate: 135,
      maxHeartRate: 150,
      avgTemperatureC: 19.5,
      maxTemperatureC: 21
    })
    expect(summary.movingMs).toBeUndefined()
    // Three steps of 0.001° of latitude, about 111 m each.
    expect(summary.distanceM).toBeGreaterThan(330)
    expect(summary.distanceM).toBeLessThan(337)
  })

  it('leaves heart rate and temperature out when the points do not carry them', () => {
    const plain = watchRunGpxText.replaceAll(/<extensions>.*?<\/extensions>/gs, '')
    const summary = parseGpx(bytes(plain))
    expect(summary.avgHeartRate).toBeUndefined()
    expect(summary.maxTemperatureC).toBeUndefined()
    expect(summary.durationMs).toBe(15 * 60_000)
  })

  it('refuses a route without timed points', () => {
    const error = refusal(() => parseGpx(routeGpx()))
    expect(error.code).toBe('no-timed-points')
    expect(error.message).toContain('GPX file has no timed points')
  })

  it('refuses a GPX declaring entities (billion laughs) before expanding anything', () => {
    const error = refusal(() => parseGpx(entityBombGpx()))
    expect(error.code).toBe('xml-doctype')
    expect(error.message).toContain('DOCTYPE')
  })

  it('refuses malformed XML with the line of the problem', () => {
    const error = refusal(() => parseGpx(bytes('<gpx>\n<trk><trkseg></trk>\n</gpx>')))
    expect(error.code).toBe('xml-malformed')
    expect(error.message).toContain('line 2')
  })

  it('refuses a TCX handed to the GPX reader', () => {
    expect(refusal(() => parseGpx(rideTcx())).code).toBe('unknown-format')
  })
})

describe('parseTcx', () => {
  it('reads a ride from its lap totals: timer time, distance, weighted heart rate', () => {
    expect(parseTcx(rideTcx())).toEqual({
      sport: 'ride',
      format: 'tcx',
      startMs: Date.UTC(2026, 2, 3, 17, 30),
      durationMs: 32 * 60_000,
      movingMs: 30 * 60_000,
      distanceM: 12_500,
      avgHeartRate: 135,
      maxHeartRate: 160
    })
  })

  it('refuses an external entity (XXE) without reading it', () => {
    expect(refusal(() => parseTcx(externalEntityTcx())).code).toBe('xml-doctype')
  })

  it('refuses a TCX without an activity (a course)', () => {
    const course =
      '<TrainingCenterDatabase><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>'
    expect(refusal(() => parseTcx(bytes(course))).code).toBe('not-an-activity')
  })

  it('refuses an activity without any time', () => {
    const untimed =
      '<TrainingCenterDatabase><Activities><Activity Sport="Running"><Lap><DistanceMeters>100</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>'
    expect(refusal(() => parseTcx(bytes(untimed))).code).toBe('no-start-time')
  })
})
