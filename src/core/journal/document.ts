/** What a migration may know besides the document: when it runs (absent where no clock was given). */
export interface MigrationContext {
  readonly nowMs?: number
}

/** One numbered migration: turns a document of version `to - 1` into version `to`. */
export interface Migration {
  readonly to: number
  readonly migrate: (previous: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>
}

/** How a stored document is versioned, defaulted and salvaged. */
export interface DocumentDefinition<T> {
  readonly name: string
  readonly currentVersion: number
  readonly migrations: readonly Migration[]
  readonly defaults: () => T
  /** Written without indentation: for large documents (the journal), where it halves the file and the save. */
  readonly compactOnDisk?: boolean
  /** Keeps every part of `candidate` that is valid; reports which top-level parts were dropped. */
  readonly salvage: (candidate: Record<string, unknown>) => { value: T; dropped: string[] }
}

/** Why a stored document could not be used as it was. */
export type RecoveryReason = 'unreadable' | 'invalid' | 'newer-version'

/** The outcome of reading a stored document. */
export interface RecoveredDocument<T> {
  readonly value: T
  /** Set when the file must be set aside because what was read is not what will be kept. */
  readonly problem?: { readonly reason: RecoveryReason; readonly dropped: readonly string[] }
  /** The version the file had when it was migrated forward, if it was. */
  readonly migratedFrom?: number
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The stored form of a document: its fields plus the version they follow. */
export function serializeDocument<T extends object>(
  definition: DocumentDefinition<T>,
  value: T
): Record<string, unknown> {
  return { schemaVersion: definition.currentVersion, ...value }
}

/** Runs the numbered migrations from `fromVersion` up to the current version. */
export function migrateDocument(
  definition: DocumentDefinition<unknown>,
  document: Record<string, unknown>,
  fromVersion: number,
  context: MigrationContext = {}
): Record<string, unknown> {
  let current = document
  for (const migration of [...definition.migrations].sort((a, b) => a.to - b.to)) {
    if (migration.to > fromVersion && migration.to <= definition.currentVersion) {
      current = migration.migrate(current, context)
    }
  }
  return current
}

/**
 * Turns the raw text of a stored document into a usable value: parse, migrate, validate, salvage.
 * `raw === undefined` means there is no file yet (a first start), which is not a problem.
 */
export function recoverDocument<T>(
  definition: DocumentDefinition<T>,
  raw: string | undefined,
  context: MigrationContext = {}
): RecoveredDocument<T> {
  if (raw === undefined) return { value: definition.defaults() }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { value: definition.defaults(), problem: { reason: 'unreadable', dropped: [] } }
  }
  if (!isPlainObject(parsed)) {
    return { value: definition.defaults(), problem: { reason: 'unreadable', dropped: [] } }
  }
  const { schemaVersion, ...fields } = parsed
  const version = typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) ? schemaVersion : 1
  if (version > definition.currentVersion) {
    const { value, dropped } = definition.salvage(fields)
    return { value, problem: { reason: 'newer-version', dropped } }
  }
  let migrated: Record<string, unknown>
  try {
    migrated =
      version < definition.currentVersion
        ? migrateDocument(definition as DocumentDefinition<unknown>, fields, version, context)
        : fields
  } catch {
    migrated = fields
  }
  const { value, dropped } = definition.salvage(migrated)
  const extraKeys = Object.keys(migrated).filter((key) => !(key in (value as object)))
  const allDropped = [...new Set([...dropped, ...extraKeys])]
  const outcome = version < definition.currentVersion ? { migratedFrom: version } : {}
  return allDropped.length > 0
    ? { value, problem: { reason: 'invalid', dropped: allDropped }, ...outcome }
    : { value, ...outcome }
}
