import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import {
  recoverDocument,
  serializeDocument,
  type DocumentDefinition,
  type RecoveryReason
} from '../core/journal/document'
import type { DocumentFiles } from './document-files'
import { DocumentSaver } from './document-saver'

/** A document that has been read, repaired if needed, and is kept in memory; changes are saved by group commit. */
export interface OpenDocument<T> {
  readonly path: string
  /** The document as the service works with it (changes included that are still being saved). */
  readonly value: T
  /** Takes a change at once; it is written, atomically, with the next save. */
  write(value: T): void
  /** Resolves once the file holds `value` as it is now; rejects if that save failed (`value` is then the file's). */
  saved(): Promise<void>
  /** Set when the stored file was set aside; the UI tells the user. */
  readonly recovery?: {
    readonly reason: RecoveryReason
    readonly backupPath: string
    readonly dropped: readonly string[]
  }
}

/** The document's file text: tab-indented JSON, as conf and electron-store wrote it, or compact for large ones. */
export function documentText<T extends object>(definition: DocumentDefinition<T>, value: T): string {
  const stored = serializeDocument(definition, value)
  return definition.compactOnDisk ? JSON.stringify(stored) : JSON.stringify(stored, undefined, '\t')
}

/** `settings.json` → `settings.json.invalid-2026-11-25T21-30-00-000Z` (colons are not allowed on Windows). */
export function backupPathFor(path: string, now: Date, reason: RecoveryReason): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return `${path}.${reason}-${stamp}`
}

/** The suffix our atomic write (document-files.ts), like conf's before it, gives temp files: `.tmp-`, 10 timestamp digits, 6 hex digits. */
const atomicTempSuffix = /^\.tmp-\d{10}[0-9a-f]{6}$/

/**
 * Deletes the temp files that saves of `fileName` cut short by a crash left in `dataDir` (`journal.json.tmp-…`),
 * and nothing else. Safe only while this process holds the folder's lock: another Limber's save in progress
 * would look the same.
 */
function removeStaleTempFiles(dataDir: string, fileName: string): void {
  if (!existsSync(dataDir)) return
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    const suffix = entry.name.startsWith(fileName) ? entry.name.slice(fileName.length) : ''
    if (entry.isFile() && atomicTempSuffix.test(suffix)) rmSync(join(dataDir, entry.name), { force: true })
  }
}

/**
 * Opens a stored document; called once this process holds the data folder's lock (instance-lock.ts). Temp
 * files that an interrupted save left are removed first. A file that does not parse, validate, or comes
 * from a newer Limber is moved aside (never deleted) before it is written again; the valid parts are kept.
 * The file is read only here: from then on the document in memory is the truth and is only written.
 */
export function openDocument<T extends object>(
  definition: DocumentDefinition<T>,
  dataDir: string,
  files: DocumentFiles,
  now: Date,
  onSaveFailed?: (error: unknown) => void
): OpenDocument<T> {
  const path = join(dataDir, `${definition.name}.json`)
  removeStaleTempFiles(dataDir, `${definition.name}.json`)
  const raw = existsSync(path) ? readFileSync(path, 'utf8') : undefined
  const recovered = recoverDocument(definition, raw, { nowMs: now.getTime() })
  let recovery: OpenDocument<T>['recovery']
  if (recovered.problem) {
    const backupPath = backupPathFor(path, now, recovered.problem.reason)
    renameSync(path, backupPath)
    recovery = { reason: recovered.problem.reason, backupPath, dropped: recovered.problem.dropped }
  }
  if (raw === undefined || recovered.problem || recovered.migratedFrom !== undefined) {
    mkdirSync(dataDir, { recursive: true })
    files.writeAtomicSync(path, documentText(definition, recovered.value))
  }
  const saver = new DocumentSaver(
    path,
    (value: T) => documentText(definition, value),
    files,
    recovered.value,
    onSaveFailed
  )
  return {
    path,
    get value() {
      return saver.value
    },
    write: (value) => saver.set(value),
    saved: () => saver.saved(),
    ...(recovery ? { recovery } : {})
  }
}
