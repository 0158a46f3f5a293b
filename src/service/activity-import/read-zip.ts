/**
 * Zip archives of activity files (a watch's export, a folder zipped by hand), read defensively:
 * entries are inflated one at a time and their bytes counted as they stream, whatever sizes the archive
 * declares, so a zip bomb stops at the limit; unsafe paths and encrypted entries refuse the archive.
 */
import { Buffer } from 'node:buffer'
import yauzl from 'yauzl'
import { ActivityImportError } from './import-errors'
import { megabytes, type ActivityImportLimits } from './import-limits'

/** One file taken out of an archive. */
export interface ZipEntryFile {
  /** Its path inside the archive, with forward slashes. */
  readonly path: string
  readonly bytes: Uint8Array
  /** The compressed bytes it took in the archive, for progress. */
  readonly compressedBytes: number
}

/** True when the bytes start with a zip signature (a local file header or an empty archive's end record). */
export const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))

const unsafePath = (path: string) =>
  new ActivityImportError('zip-unsafe-path', `This zip archive holds a file with an unsafe path (“${path}”).`)

/** A path that could escape the folder it is unpacked into: absolute, a drive, or with a '..' step. */
function isUnsafePath(path: string): boolean {
  const normal = path.replaceAll('\\', '/')
  return normal.startsWith('/') || normal.includes(':') || normal.split('/').includes('..')
}

/** yauzl's own refusals, in our codes. */
function zipProblem(error: unknown, entryName?: string): ActivityImportError {
  if (error instanceof ActivityImportError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (entryName !== undefined && (message.includes('bytes in the stream') || message.includes('uncompressedSize'))) {
    return new ActivityImportError(
      'zip-damaged',
      `This zip archive is damaged: “${entryName}” unpacks to a different size than the archive says.`
    )
  }
  for (const prefix of ['invalid relative path: ', 'absolute path: ', 'invalid characters in fileName: ']) {
    if (message.startsWith(prefix)) return unsafePath(message.slice(prefix.length))
  }
  return new ActivityImportError('zip-damaged', `This zip archive is damaged (${message}).`)
}

/** Reads one entry, counting inflated bytes against both caps as they arrive. */
async function inflateEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  limits: ActivityImportLimits,
  totalSoFar: number
): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limits.maxFileBytes) {
        throw new ActivityImportError(
          'zip-too-large',
          `“${entry.fileName}” in this zip archive unpacks to more than ${megabytes(limits.maxFileBytes)}, more than any workout file needs.`
        )
      }
      if (totalSoFar + size > limits.maxZipTotalBytes) {
        throw new ActivityImportError(
          'zip-too-large',
          `This zip archive unpacks to more than ${megabytes(limits.maxZipTotalBytes)}.`
        )
      }
      chunks.push(chunk)
    }
  } finally {
    stream.destroy()
  }
  return Buffer.concat(chunks, size)
}

/** Every file in the archive (folders skipped), one at a time; throws when the archive must be refused. */
export async function* zipEntries(bytes: Uint8Array, limits: ActivityImportLimits): AsyncGenerator<ZipEntryFile> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      decodeStrings: true,
      validateEntrySizes: true
    })
  } catch (error) {
    throw zipProblem(error)
  }
  let current: string | undefined
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new ActivityImportError(
        'zip-too-many-entries',
        `This zip archive lists ${zip.entryCount} files; Limber reads at most ${limits.maxZipEntries}.`
      )
    }
    let total = 0
    for await (const entry of zip.eachEntry()) {
      current = entry.fileName
      if (isUnsafePath(entry.fileName)) throw unsafePath(entry.fileName)
      if (entry.fileName.endsWith('/')) continue
      if (entry.isEncrypted()) {
        throw new ActivityImportError(
          'zip-encrypted',
          `This zip archive is password-protected (“${entry.fileName}”); unpack it first.`
        )
      }
      const inflated = await inflateEntry(zip, entry, limits, total)
      total += inflated.length
      yield { path: entry.fileName, bytes: inflated, compressedBytes: entry.compressedSize }
    }
  } catch (error) {
    throw zipProblem(error, current)
  } finally {
    zip.close()
  }
}
