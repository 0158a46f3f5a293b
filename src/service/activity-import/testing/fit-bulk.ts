/**
 * Large FIT files for the size and responsiveness checks, written byte by byte because the SDK's
 * Encoder takes seconds for a day of records. The layout is the FIT protocol's own (a 14-byte header,
 * one definition then data messages, CRCs from the SDK), so the SDK's Decoder reads it like any file.
 */
import { CrcCalculator } from '@garmin/fitsdk'

const fitEpochS = 631_065_600 // 1989-12-31T00:00:00Z in Unix seconds
const base = { enum: 0x00, sint8: 0x01, uint8: 0x02, uint16: 0x84, uint32: 0x86 } as const

type Field = readonly [number: number, size: 1 | 2 | 4, baseType: number]
const fileIdFields: Field[] = [
  [0, 1, base.enum], // type
  [1, 2, base.uint16], // manufacturer
  [4, 4, base.uint32] // time_created
]
const recordFields: Field[] = [
  [253, 4, base.uint32], // timestamp
  [3, 1, base.uint8], // heart_rate
  [5, 4, base.uint32], // distance, centimetres
  [13, 1, base.sint8] // temperature
]

/** What the records hold: a run of `seconds` seconds, `perSecond` records each second. */
export interface BulkFitOptions {
  readonly startMs: number
  readonly seconds: number
  /** More than one record a second (as high-rate sensors log) makes large files from plausible runs. */
  readonly perSecond?: number
}

/** A records-only activity FIT (no session): heart rate 130…149, 25 °C, 2.8 m/s. */
export function bulkActivityFit({ startMs, seconds, perSecond = 1 }: BulkFitOptions): Uint8Array {
  const recordSize = 1 + recordFields.reduce((sum, [, size]) => sum + size, 0)
  const definitionSize = (fields: Field[]) => 6 + fields.length * 3
  const fileIdSize = definitionSize(fileIdFields) + 1 + 7
  const dataSize = fileIdSize + definitionSize(recordFields) + seconds * perSecond * recordSize
  const bytes = new Uint8Array(14 + dataSize + 2)
  const view = new DataView(bytes.buffer)
  let at = 0
  const u8 = (value: number) => view.setUint8(at++, value)
  const u16 = (value: number) => {
    view.setUint16(at, value, true)
    at += 2
  }
  const u32 = (value: number) => {
    view.setUint32(at, value, true)
    at += 4
  }
  const define = (local: number, global: number, fields: Field[]) => {
    u8(0x40 | local)
    u8(0)
    u8(0) // little-endian
    u16(global)
    u8(fields.length)
    for (const [number, size, baseType] of fields) {
      u8(number)
      u8(size)
      u8(baseType)
    }
  }
  u8(14)
  u8(0x20) // protocol 2.0
  u16(21217)
  u32(dataSize)
  for (const char of '.FIT') u8(char.charCodeAt(0))
  u16(CrcCalculator.calculateCRC(bytes, 0, 12))
  const startS = Math.floor(startMs / 1000) - fitEpochS
  define(0, 0, fileIdFields)
  u8(0)
  u8(4) // activity
  u16(1) // garmin
  u32(startS)
  define(1, 20, recordFields)
  for (let second = 0; second < seconds; second += 1) {
    for (let sample = 0; sample < perSecond; sample += 1) {
      u8(1)
      u32(startS + second)
      u8(130 + (second % 20))
      u32(Math.round(second * 280 + (sample * 280) / perSecond))
      view.setInt8(at++, 25)
    }
  }
  u16(CrcCalculator.calculateCRC(bytes, 0, at))
  return bytes
}
