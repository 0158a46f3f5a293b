/**
 * Export and import of everything Limber keeps (types; the functions are in data-export.ts and
 * data-import.ts). An export is one JSON file that a later import can read back exactly.
 */
import type { Journal } from '../journal/journal'
import type { RoutineLibrary } from '../routines/routine-library'
import type { Settings } from '../settings/settings'

/** The JSON export. */
export interface ExportBundle {
  readonly format: 'limber-export'
  /** Bumped when the shape changes; an import refuses a newer version with a clear message. */
  readonly version: 1
  readonly exportedAtMs: number
  readonly settings: Settings
  readonly journal: Journal
  readonly routines: RoutineLibrary
  /** Days marked hot (they raise that day's goal, so history needs them). */
  readonly hotDays: readonly string[]
}

/** The files an export offers: the whole JSON plus CSV for water and cramps. */
export interface ExportFiles {
  /** `limber-2026-11-25`: the file names add `.json`, `-water.csv`, `-cramps.csv`. */
  readonly fileStem: string
  readonly json: string
  readonly waterCsv: string
  readonly crampsCsv: string
  readonly activitiesCsv: string
}

/** What an import added, per list, and what it left alone. */
export interface ImportReport {
  readonly added: {
    readonly water: number
    readonly routines: number
    readonly reminders: number
    readonly cramps: number
    readonly days: number
    readonly checkIns: number
    readonly activities: number
    readonly customRoutines: number
    readonly hotDays: number
  }
  /** Entries already in the journal with the same id and the same content. */
  readonly alreadyThere: number
  /** Entries whose id was already used by a different entry: the journal's own is kept. */
  readonly keptExisting: number
  readonly settingsRestored: boolean
  /** The settings the file holds differently from the current ones (replaced only when settings are restored). */
  readonly settingsChanges: readonly SettingsChange[]
}

/** One setting whose value in the file differs from the current one. */
export type SettingsChange = {
  readonly [K in keyof Settings]: { readonly field: K; readonly current: Settings[K]; readonly incoming: Settings[K] }
}[keyof Settings]

/** Largest import accepted (five compacted years are well under 2 MB). */
export const importLimits = { maxChars: 20_000_000 } as const
