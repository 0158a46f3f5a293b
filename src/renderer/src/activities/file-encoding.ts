import { activityImportLimits } from '../../../contract/slices/activities'

/** The files the picker offers (the service also reads what is inside a zip). */
export const acceptedActivityFiles = '.fit,.gpx,.tcx,.zip'

// A multiple of 3 bytes, so each piece encodes without padding and the pieces simply join.
const pieceBytes = 3 * 32 * 1024

/** Lets the window paint and take input between pieces of a long job. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The bytes as base64, encoded in pieces (one `String.fromCharCode` call per 32 K bytes stays far from the
 * argument limit) with a pause between every few, so a 50 MB file neither overflows the stack nor freezes the window.
 */
export async function base64OfBytes(bytes: Uint8Array): Promise<string> {
  const parts: string[] = []
  for (let offset = 0, piece = 0; offset < bytes.length; offset += pieceBytes, piece += 1) {
    const slice = bytes.subarray(offset, offset + pieceBytes)
    let binary = ''
    for (let start = 0; start < slice.length; start += 8192) {
      binary += String.fromCharCode(...slice.subarray(start, start + 8192))
    }
    parts.push(btoa(binary))
    if (piece % 32 === 31) await breathe()
  }
  return parts.join('')
}

/** One file ready to send. */
export interface EncodedFile {
  readonly name: string
  readonly dataBase64: string
}

const encodedLength = (bytes: number): number => Math.ceil(bytes / 3) * 4
const totalLimit = encodedLength(activityImportLimits.totalBytes)

/**
 * Splits the files into calls the service accepts: at most `files` per call and the encoded total under its
 * limit (one file alone always fits, as each is checked against the per-file limit first).
 */
export function importBatches(files: readonly EncodedFile[]): EncodedFile[][] {
  const batches: EncodedFile[][] = []
  let current: EncodedFile[] = []
  let size = 0
  for (const file of files) {
    const length = file.dataBase64.length
    if (current.length > 0 && (current.length >= activityImportLimits.files || size + length > totalLimit)) {
      batches.push(current)
      current = []
      size = 0
    }
    current.push(file)
    size += length
  }
  if (current.length > 0) batches.push(current)
  return batches
}

/** A file name the service accepts (it keeps at most 255 characters). */
export const sendableName = (name: string): string =>
  name.length <= activityImportLimits.fileName ? name : name.slice(0, activityImportLimits.fileName)
