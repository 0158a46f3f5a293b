/**
 * A minimal zip writer for the tests (the app only reads zips): deflated or stored entries, and the
 * hostile variants real attacks use: '../' names, encrypted entries, sizes that lie.
 */
import { Buffer } from 'node:buffer'
import { crc32, deflateRawSync } from 'node:zlib'

/** One entry to write. */
export interface ZipWriterEntry {
  readonly path: string
  readonly bytes: Uint8Array
  /** Sets the "encrypted" flag (the data stays plain: readers must refuse before inflating). */
  readonly encrypted?: boolean
  /** The uncompressed size the headers claim, when it should lie. */
  readonly declaredSize?: number
}

/** A zip archive holding the entries, each deflated. */
export function zipArchive(entries: readonly ZipWriterEntry[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8')
    const data = deflateRawSync(entry.bytes)
    const crc = crc32(entry.bytes)
    const size = entry.declaredSize ?? entry.bytes.length
    const flags = 0x0800 | (entry.encrypted ? 0x0001 : 0)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x5c62, 12) // 2026-03-02
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x5c62, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}
