/**
 * FIT files written with Garmin's own Encoder the way a watch writes them (file id, timer events,
 * 1-second records with heart rate and temperature, laps, a session and the activity), for the unit
 * tests, the end-to-end specs and the bench. Every number is derived from the records, like a watch.
 */
import {
  Encoder,
  Profile,
  type ActivityMesg,
  type EventMesg,
  type FileIdMesg,
  type LapMesg,
  type Mesg,
  type RecordMesg,
  type SessionMesg,
  type UserProfileMesg
} from '@garmin/fitsdk'

/** What the generated run looks like. */
export interface WatchRunOptions {
  readonly startMs: number
  /** Wall-clock length, pauses included. */
  readonly minutes?: number
  /** A pause (no records, timer stopped) starting halfway through. */
  readonly pauseMinutes?: number
  /** Laps of this many minutes of wall-clock time. */
  readonly lapMinutes?: number
  /** Leave out the session and lap summaries, so a reader has to work from the records. */
  readonly recordsOnly?: boolean
  readonly sport?: 'running' | 'cycling' | 'walking' | 'hiking' | 'swimming' | 'training'
}

/** The values the records carry, so tests can state what the file holds. */
export const watchRunRecord = {
  /** Heart rate cycles 130…149 bpm (average 139.5, maximum 149). */
  heartRate: (index: number) => 130 + (index % 20),
  /** Temperature 24 °C for the first third of the records, then 25, then 26. */
  temperatureC: (index: number, count: number) => 24 + Math.min(2, Math.floor((index * 3) / count)),
  speedMps: 2.8
} as const

/** The SDK's message numbers (its table is typed loosely, as a string record). */
const mesgNum = Profile.MesgNum as Record<
  'FILE_ID' | 'EVENT' | 'RECORD' | 'LAP' | 'SESSION' | 'ACTIVITY' | 'USER_PROFILE',
  number
>
/** Writes one message, type-checked against the SDK's declaration for it. */
const write = <T extends Mesg>(encoder: Encoder, num: number, mesg: T) => encoder.onMesg(num, mesg)
const date = (ms: number) => new Date(ms)
const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

/** The records' summary, as a watch would write it in a lap or session. */
function totals(records: RecordMesg[], startMs: number, endMs: number, pausedS: number) {
  const heart = records.map((record) => record.heartRate as number)
  const temperature = records.map((record) => record.temperature as number)
  const distances = records.map((record) => record.distance as number)
  const elapsedS = (endMs - startMs) / 1000
  return {
    timestamp: date(endMs),
    startTime: date(startMs),
    totalElapsedTime: elapsedS,
    totalTimerTime: elapsedS - pausedS,
    totalDistance: records.length ? Math.max(...distances) - Math.min(...distances) + watchRunRecord.speedMps : 0,
    avgHeartRate: Math.round(average(heart)),
    maxHeartRate: Math.max(...heart),
    avgTemperature: Math.round(average(temperature)),
    maxTemperature: Math.max(...temperature)
  }
}

/** A recorded run (by default 65 minutes with a 2-minute pause, 1-second records, 10-minute laps). */
export function watchRunFit(options: WatchRunOptions): Uint8Array {
  const { startMs, minutes = 65, pauseMinutes = 2, lapMinutes = 10, recordsOnly = false, sport = 'running' } = options
  const endMs = startMs + minutes * 60_000
  const pauseStartMs = startMs + Math.floor(minutes / 2) * 60_000
  const pauseEndMs = pauseStartMs + pauseMinutes * 60_000
  const encoder = new Encoder()
  write<FileIdMesg>(encoder, mesgNum.FILE_ID, {
    type: 'activity',
    manufacturer: 'garmin',
    product: 3113,
    serialNumber: 3_456_789_012,
    timeCreated: date(startMs)
  })
  write<EventMesg>(encoder, mesgNum.EVENT, { timestamp: date(startMs), event: 'timer', eventType: 'start' })
  const movingMs: number[] = []
  for (let at = startMs; at < endMs; at += 1000) if (at < pauseStartMs || at >= pauseEndMs) movingMs.push(at)
  const records: RecordMesg[] = movingMs.map((at, index) => ({
    timestamp: date(at),
    positionLat: Math.round((47.37 + index * 0.00001) * (2 ** 31 / 180)),
    positionLong: Math.round(8.54 * (2 ** 31 / 180)),
    distance: index * watchRunRecord.speedMps,
    speed: watchRunRecord.speedMps,
    heartRate: watchRunRecord.heartRate(index),
    temperature: watchRunRecord.temperatureC(index, movingMs.length),
    cadence: 84
  }))
  const laps: LapMesg[] = []
  let lapStartMs = startMs
  let lapRecords: RecordMesg[] = []
  const resumeIndex = pauseMinutes > 0 ? movingMs.indexOf(pauseEndMs) : -1
  for (const [index, record] of records.entries()) {
    if (index === resumeIndex) {
      write<EventMesg>(encoder, mesgNum.EVENT, { timestamp: date(pauseStartMs), event: 'timer', eventType: 'stop' })
      write<EventMesg>(encoder, mesgNum.EVENT, { timestamp: date(pauseEndMs), event: 'timer', eventType: 'start' })
    }
    write<RecordMesg>(encoder, mesgNum.RECORD, record)
    lapRecords.push(record)
    const at = movingMs[index]!
    const lapEndMs = Math.min(endMs, lapStartMs + lapMinutes * 60_000)
    if (at + 1000 >= lapEndMs || index === records.length - 1) {
      const paused = Math.max(0, Math.min(lapEndMs, pauseEndMs) - Math.max(lapStartMs, pauseStartMs)) / 1000
      const lap = { ...totals(lapRecords, lapStartMs, lapEndMs, paused), event: 'lap', eventType: 'stop' } as LapMesg
      laps.push(lap)
      if (!recordsOnly) write<LapMesg>(encoder, mesgNum.LAP, lap)
      lapStartMs = lapEndMs
      lapRecords = []
    }
  }
  write<EventMesg>(encoder, mesgNum.EVENT, { timestamp: date(endMs), event: 'timer', eventType: 'stopAll' })
  if (!recordsOnly) {
    write<SessionMesg>(encoder, mesgNum.SESSION, {
      ...totals(records, startMs, endMs, pauseMinutes * 60),
      sport,
      subSport: 'generic',
      numLaps: laps.length,
      firstLapIndex: 0
    })
    write<ActivityMesg>(encoder, mesgNum.ACTIVITY, {
      timestamp: date(endMs),
      totalTimerTime: (minutes - pauseMinutes) * 60,
      numSessions: 1,
      type: 'manual',
      event: 'activity',
      eventType: 'stop'
    })
  }
  return encoder.close()
}

/** A FIT file that is valid but not an activity: the watch's user settings. */
export function settingsFit(): Uint8Array {
  const encoder = new Encoder()
  write<FileIdMesg>(encoder, mesgNum.FILE_ID, {
    type: 'settings',
    manufacturer: 'garmin',
    product: 3113,
    serialNumber: 3_456_789_012,
    timeCreated: new Date(Date.UTC(2026, 2, 1))
  })
  write<UserProfileMesg>(encoder, mesgNum.USER_PROFILE, { friendlyName: 'Runner', weight: 70.4, height: 1.78, age: 41 })
  return encoder.close()
}

/** The first `fraction` of a file, as when copying stopped early. */
export const cutShort = (bytes: Uint8Array, fraction = 0.6): Uint8Array =>
  bytes.slice(0, Math.floor(bytes.length * fraction))
