import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serializeDocument } from '../../core/journal/document'
import { defaultSettings, type Settings } from '../../core/settings/settings'
import { settingsDocument } from '../../core/settings/settings-document'
import { Companion, type CompanionShell } from '../companion'
import type { ActivityParser } from '../activity-import'
import type { DocumentFiles } from '../document-files'
import type { Clock } from '../ports'

/** A clock that only moves when a test moves it. */
export function fakeClock(startMs: number): Clock & { advance(ms: number): void; set(ms: number): void } {
  let nowMs = startMs
  return {
    now: () => nowMs,
    setTimeout: () => undefined,
    clearTimeout: () => undefined,
    advance: (ms) => {
      nowMs += ms
    },
    set: (ms) => {
      nowMs = ms
    }
  }
}

/** A fresh temporary data folder. */
export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'limber-test-'))

/** Makes a folder without settings look like someone who finished the first-run setup (defaults otherwise). */
export function startAsSetUp(dataDir: string, overrides: Partial<Settings> = {}): void {
  const settingsPath = join(dataDir, 'settings.json')
  if (existsSync(settingsPath)) return
  const settings = serializeDocument(settingsDocument, { ...defaultSettings(), setupCompleted: true, ...overrides })
  writeFileSync(settingsPath, JSON.stringify(settings))
}

/**
 * A companion on real files in `dataDir`, saved exactly as browser mode does (or through `options.files`). A
 * folder without settings starts as someone who has finished the first-run setup (as most tests
 * need); pass `{ firstRun: true }` for a brand-new user.
 */
export function companionIn(
  dataDir: string,
  clock: Clock = fakeClock(Date.UTC(2026, 10, 25, 12)),
  shell?: CompanionShell,
  options: {
    readonly firstRun?: boolean
    readonly settings?: Partial<Settings>
    readonly files?: DocumentFiles
    readonly activityParser?: ActivityParser
  } = {}
): Companion {
  if (!options.firstRun) startAsSetUp(dataDir, options.settings)
  return new Companion({
    dataDir,
    clock,
    mode: 'browser',
    ...(shell ? { shell } : {}),
    ...(options.files ? { files: options.files } : {}),
    ...(options.activityParser ? { activityParser: options.activityParser } : {})
  })
}
