import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { Companion, type CompanionShell } from '../companion'
import type { Clock, DocumentStore } from '../ports'

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

/** A companion on real files in `dataDir`, persisted through conf exactly as browser mode does. */
export function companionIn(
  dataDir: string,
  clock: Clock = fakeClock(Date.UTC(2026, 10, 25, 12)),
  shell?: CompanionShell
): Companion {
  return new Companion({
    dataDir,
    clock,
    mode: 'browser',
    ...(shell ? { shell } : {}),
    createStore: (options) => new Conf(options) as unknown as DocumentStore
  })
}
