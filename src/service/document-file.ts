import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import {
  recoverDocument,
  serializeDocument,
  type DocumentDefinition,
  type RecoveryReason
} from '../core/journal/document'
import type { DocumentStore, DocumentStoreFactory, DocumentStoreOptions } from './ports'

/** A document that has been read, repaired if needed, and can be written back. */
export interface OpenDocument<T> {
  readonly path: string
  value: T
  /** Writes atomically; when this returns the file holds `value`. */
  write(value: T): void
  /** Set when the stored file was set aside; the UI tells the user. */
  readonly recovery?: {
    readonly reason: RecoveryReason
    readonly backupPath: string
    readonly dropped: readonly string[]
  }
}

/** The options a document store is created with, identical for electron-store and conf. */
export function documentStoreOptions<T extends object>(
  definition: DocumentDefinition<T>,
  dataDir: string
): DocumentStoreOptions {
  return {
    cwd: dataDir,
    configName: definition.name,
    defaults: serializeDocument(definition, definition.defaults()),
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
    ...(definition.compactOnDisk ? { serialize: (value: Record<string, unknown>) => JSON.stringify(value) } : {})
  }
}

/** `settings.json` → `settings.json.invalid-2026-11-25T21-30-00-000Z` (colons are not allowed on Windows). */
export function backupPathFor(path: string, now: Date, reason: RecoveryReason): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return `${path}.${reason}-${stamp}`
}

/** The suffix conf's atomic write (atomically) gives its temp files: `.tmp-`, 10 timestamp digits, 6 hex digits. */
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
 * from a newer Limber is moved aside (never deleted) before the store opens it; the valid parts are kept.
 */
export function openDocument<T extends object>(
  definition: DocumentDefinition<T>,
  dataDir: string,
  createStore: DocumentStoreFactory,
  now: Date
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
  const store: DocumentStore = createStore(documentStoreOptions(definition, dataDir))
  const document: OpenDocument<T> = {
    path: store.path,
    value: recovered.value,
    write(value) {
      store.store = serializeDocument(definition, value)
      document.value = value
    },
    ...(recovery ? { recovery } : {})
  }
  if (recovered.problem || recovered.migratedFrom !== undefined) document.write(recovered.value)
  return document
}
