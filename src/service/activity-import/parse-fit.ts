/**
 * FIT files (Garmin, Coros, Wahoo, Suunto and most watches), read with Garmin's official SDK. The
 * file's CRC is checked first, so a file cut short while copying is refused rather than half-read.
 */
import { Decoder, Profile, Stream, type LapMesg, type RecordMesg, type SessionMesg } from '@garmin/fitsdk'
import type { ActivitySummary } from '../../core/activities/activity'
import { finishSummary, sportFromName, TrackStats, type SummaryDraft } from './activity-summary'
import { ActivityImportError } from './import-errors'

/** Told how far a parser has read. */
export type ParseProgress = (doneBytes: number, totalBytes: number) => void

const timeMs = (value: unknown): number | undefined => (value instanceof Date ? value.getTime() : undefined)

/** True when the bytes start with a FIT file header (the ".FIT" signature). */
export function looksLikeFit(bytes: Uint8Array): boolean {
  return bytes.length >= 14 && Decoder.isFIT(Stream.fromByteArray(bytes.subarray(0, 16)))
}

/** The header's promised size against the bytes present: fewer means the copy stopped early. */
function isCutShort(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerSize = bytes[0]!
  const dataSize = view.getUint32(4, true)
  return bytes.length < headerSize + dataSize + 2
}

type Period = Pick<
  SessionMesg & LapMesg,
  | 'sport'
  | 'startTime'
  | 'timestamp'
  | 'totalElapsedTime'
  | 'totalTimerTime'
  | 'totalDistance'
  | 'avgHeartRate'
  | 'maxHeartRate'
  | 'avgTemperature'
  | 'maxTemperature'
>

const sum = (values: (number | undefined)[]) =>
  values.some((value) => value !== undefined)
    ? values.reduce<number>((total, value) => total + (value ?? 0), 0)
    : undefined
const max = (values: (number | undefined)[]) => {
  const known = values.filter((value): value is number => value !== undefined)
  return known.length ? Math.max(...known) : undefined
}
/** An average of per-period averages, weighted by each period's timer time. */
function weightedAverage(periods: readonly Period[], pick: (period: Period) => number | undefined) {
  let total = 0
  let weight = 0
  for (const period of periods) {
    const value = pick(period)
    if (value === undefined) continue
    const periodWeight = period.totalTimerTime ?? period.totalElapsedTime ?? 1
    total += value * periodWeight
    weight += periodWeight
  }
  return weight > 0 ? total / weight : undefined
}

/** What the sessions (or, without sessions, the laps) say, in the summary's terms. */
function fromPeriods(periods: readonly Period[]): Partial<SummaryDraft> {
  if (periods.length === 0) return {}
  const starts = periods.map((period) => timeMs(period.startTime))
  const ends = periods.map((period, index) => {
    const start = starts[index]
    if (start !== undefined && period.totalElapsedTime !== undefined) return start + period.totalElapsedTime * 1000
    return timeMs(period.timestamp)
  })
  const startMs = starts.every((start) => start !== undefined) ? Math.min(...(starts as number[])) : undefined
  const endMs = max(ends)
  const longest = [...periods].sort((a, b) => (b.totalElapsedTime ?? 0) - (a.totalElapsedTime ?? 0))[0]
  const avgHeartRate = weightedAverage(periods, (period) => period.avgHeartRate)
  const avgTemperatureC = weightedAverage(periods, (period) => period.avgTemperature)
  const timerS = sum(periods.map((period) => period.totalTimerTime))
  return {
    sport: sportFromName(longest?.sport === undefined ? undefined : String(longest.sport)),
    startMs,
    durationMs: startMs !== undefined && endMs !== undefined ? endMs - startMs : undefined,
    movingMs: timerS === undefined ? undefined : timerS * 1000,
    distanceM: sum(periods.map((period) => period.totalDistance)),
    avgHeartRate: avgHeartRate === undefined ? undefined : Math.round(avgHeartRate),
    maxHeartRate: max(periods.map((period) => period.maxHeartRate)),
    avgTemperatureC: avgTemperatureC === undefined ? undefined : Math.round(avgTemperatureC * 10) / 10,
    maxTemperatureC: max(periods.map((period) => period.maxTemperature))
  }
}

/** Reads a FIT activity file; refuses a damaged, truncated or non-activity FIT file. */
export function parseFit(bytes: Uint8Array, onProgress?: ParseProgress): ActivitySummary {
  if (!looksLikeFit(bytes)) throw new ActivityImportError('unknown-format', 'This file is not a FIT file.')
  const stream = Stream.fromByteArray(bytes)
  const decoder = new Decoder(stream)
  if (!decoder.checkIntegrity()) {
    if (isCutShort(bytes)) {
      throw new ActivityImportError('fit-truncated', 'This FIT file is cut short (it may not have finished copying).')
    }
    throw new ActivityImportError('fit-damaged', 'This FIT file is damaged: its checksum does not match its contents.')
  }
  const records = new TrackStats()
  const recordNum = Profile.MesgNum.RECORD
  let seen = 0
  const { messages, errors } = decoder.read({
    mergeHeartRates: true,
    mesgListener: (mesgNum, mesg) => {
      if (mesgNum === recordNum) {
        const record = mesg as RecordMesg
        records.add({
          timeMs: timeMs(record.timestamp),
          heartRate: record.heartRate,
          temperatureC: record.temperature,
          distanceM: record.distance
        })
      }
      seen += 1
      if (onProgress && seen % 8192 === 0) onProgress(stream.position, bytes.length)
    }
  })
  if (errors.length > 0) {
    throw new ActivityImportError('fit-damaged', `This FIT file is damaged: ${errors[0]!.message}`)
  }
  const fileType = messages.fileIdMesgs?.[0]?.type
  if (fileType !== undefined && fileType !== 'activity') {
    throw new ActivityImportError(
      'not-an-activity',
      `This FIT file is not a workout: it holds ${String(fileType)} data, not a recorded activity.`
    )
  }
  const periods: readonly Period[] = messages.sessionMesgs?.length ? messages.sessionMesgs : (messages.lapMesgs ?? [])
  const stated = fromPeriods(periods)
  onProgress?.(bytes.length, bytes.length)
  const draft: SummaryDraft = {
    format: 'fit',
    sport: stated.sport ?? 'other',
    startMs: stated.startMs ?? records.firstMs,
    durationMs: stated.durationMs ?? records.durationMs,
    movingMs: stated.movingMs,
    distanceM: stated.distanceM ?? records.distanceM,
    avgHeartRate: stated.avgHeartRate ?? records.avgHeartRate,
    maxHeartRate: stated.maxHeartRate ?? records.maxHeartRate,
    avgTemperatureC: stated.avgTemperatureC ?? records.avgTemperatureC,
    maxTemperatureC: stated.maxTemperatureC ?? records.maxTemperatureC
  }
  return finishSummary(draft)
}
