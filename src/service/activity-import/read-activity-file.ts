/**
 * One file the person picked or dropped, whatever it is: a FIT, GPX or TCX activity, or a zip of them.
 * The parser is chosen from the bytes (a FIT header, the XML root, the zip signature), never from the
 * name alone, and each activity comes back with the SHA-256 of its bytes so duplicates can be skipped.
 */
import { createHash } from 'node:crypto'
import { activityLimits, type ActivitySummary } from '../../core/activities/activity'
import { ActivityImportError, toActivityImportProblem, type ActivityImportProblem } from './import-errors'
import { activityImportLimits, megabytes, type ActivityImportLimits } from './import-limits'
import { looksLikeFit, parseFit } from './parse-fit'
import { gpxSummary } from './parse-gpx'
import { tcxSummary } from './parse-tcx'
import { looksLikeXml, readXmlDocument } from './parse-xml'
import { looksLikeZip, zipEntries } from './read-zip'

/** How far reading has come: bytes of the picked file, and activity files done (of those known so far). */
export interface ActivityReadProgress {
  readonly doneBytes: number
  readonly totalBytes: number
  readonly doneFiles: number
}

/** Options for reading one picked file. */
export interface ActivityReadOptions {
  readonly onProgress?: (progress: ActivityReadProgress) => void
  /** Checked between files of an archive and before parsing; aborting refuses with 'cancelled'. */
  readonly signal?: AbortSignal
  readonly limits?: ActivityImportLimits
}

/** An activity file that was read: its name, the hash of its bytes and its summary. */
export interface ReadActivity {
  readonly ok: true
  /** The file's name without folders, as the person would recognise it (at most activityLimits.fileName). */
  readonly fileName: string
  /** Where it was: the picked file's name, or "archive.zip/folder/run.fit" inside an archive. */
  readonly path: string
  /** SHA-256 of the activity file's bytes, lowercase hex. */
  readonly hash: string
  readonly summary: ActivitySummary
}

/** A file inside an archive that looked like an activity but was refused; the rest of the archive still counts. */
export interface RefusedActivity {
  readonly ok: false
  readonly fileName: string
  readonly path: string
  readonly problem: ActivityImportProblem
}

/** What one activity file in the picked file came to. */
export type ActivityFileResult = ReadActivity | RefusedActivity

const activityExtensions = ['.fit', '.gpx', '.tcx']

/** The last path segment, shortened to what the journal keeps. */
export function baseName(path: string): string {
  const name = path.replaceAll('\\', '/').split('/').filter(Boolean).pop() ?? path
  return name.length > activityLimits.fileName ? name.slice(0, activityLimits.fileName) : name
}

/** SHA-256 of the bytes as lowercase hex. */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

const cancelled = () => new ActivityImportError('cancelled', 'The import was cancelled.')

/** The summary of one activity file, choosing the parser from its content. */
export function parseActivityBytes(bytes: Uint8Array, onProgress?: (doneBytes: number) => void): ActivitySummary {
  if (bytes.length === 0) throw new ActivityImportError('unknown-format', 'This file is empty.')
  if (looksLikeFit(bytes)) return parseFit(bytes, onProgress && ((done) => onProgress(done)))
  if (looksLikeXml(bytes)) {
    const document = readXmlDocument(bytes)
    if (document.root === 'gpx') return gpxSummary(document)
    if (document.root === 'TrainingCenterDatabase') return tcxSummary(document)
  }
  throw new ActivityImportError(
    'unknown-format',
    'This is not a workout file Limber can read (FIT, GPX, TCX, or a zip archive of them).'
  )
}

/** Whether a file in an archive is meant as an activity: its content says so, or its extension does. */
function isActivityCandidate(path: string, bytes: Uint8Array): boolean {
  if (path.startsWith('__MACOSX/') || baseName(path).startsWith('._')) return false
  if (looksLikeFit(bytes) || looksLikeXml(bytes)) return true
  return activityExtensions.some((extension) => path.toLowerCase().endsWith(extension))
}

/** Every activity of a zip archive, each read or refused on its own. */
async function readArchive(
  name: string,
  bytes: Uint8Array,
  options: ActivityReadOptions,
  limits: ActivityImportLimits
): Promise<ActivityFileResult[]> {
  const results: ActivityFileResult[] = []
  let doneBytes = 0
  for await (const entry of zipEntries(bytes, limits)) {
    if (options.signal?.aborted) throw cancelled()
    doneBytes = Math.min(bytes.length, doneBytes + entry.compressedBytes)
    if (!isActivityCandidate(entry.path, entry.bytes)) continue
    const path = `${baseName(name)}/${entry.path}`
    try {
      const summary = parseActivityBytes(entry.bytes)
      results.push({ ok: true, fileName: baseName(entry.path), path, hash: sha256Hex(entry.bytes), summary })
    } catch (error) {
      results.push({ ok: false, fileName: baseName(entry.path), path, problem: toActivityImportProblem(error) })
    }
    options.onProgress?.({ doneBytes, totalBytes: bytes.length, doneFiles: results.length })
  }
  if (results.length === 0) {
    throw new ActivityImportError('zip-no-activities', 'This zip archive holds no FIT, GPX or TCX files.')
  }
  return results
}

/**
 * Reads a picked file: one result for an activity file, one per activity file for a zip archive.
 * Throws an ActivityImportError when the file as a whole is refused (too large, not a workout, a
 * damaged or hostile archive, a single activity file that cannot be read, or cancelled).
 */
export async function readActivityFile(
  name: string,
  bytes: Uint8Array,
  options: ActivityReadOptions = {}
): Promise<ActivityFileResult[]> {
  const limits = options.limits ?? activityImportLimits
  if (options.signal?.aborted) throw cancelled()
  if (looksLikeZip(bytes)) {
    if (bytes.length > limits.maxZipTotalBytes) {
      throw new ActivityImportError(
        'file-too-large',
        `This zip archive is larger than ${megabytes(limits.maxZipTotalBytes)}.`
      )
    }
    return readArchive(name, bytes, options, limits)
  }
  if (bytes.length > limits.maxFileBytes) {
    throw new ActivityImportError(
      'file-too-large',
      `This file is larger than ${megabytes(limits.maxFileBytes)}, more than any workout file needs.`
    )
  }
  const report = (doneBytes: number, doneFiles: number) =>
    options.onProgress?.({ doneBytes, totalBytes: bytes.length, doneFiles })
  const summary = parseActivityBytes(bytes, (done) => report(done, 0))
  report(bytes.length, 1)
  return [{ ok: true, fileName: baseName(name), path: baseName(name), hash: sha256Hex(bytes), summary }]
}
