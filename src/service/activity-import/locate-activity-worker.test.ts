import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { locateActivityWorker } from './worker-activity-parser'

let dir: string | undefined
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

/** A folder laid out like electron-vite's out/main: entries, the worker, and shared chunks below. */
function builtMain(withWorker: boolean): string {
  dir = mkdtempSync(join(tmpdir(), 'limber-out-main-'))
  mkdirSync(join(dir, 'chunks'))
  if (withWorker) writeFileSync(join(dir, 'activity-worker.js'), '')
  return dir
}

describe('locateActivityWorker', () => {
  it('finds the built worker from an entry beside it and from a shared chunk below it', () => {
    const main = builtMain(true)
    const worker = join(main, 'activity-worker.js')
    expect(locateActivityWorker(pathToFileURL(join(main, 'browser.js')).href)).toBe(worker)
    expect(locateActivityWorker(pathToFileURL(join(main, 'chunks', 'command-server-x.js')).href)).toBe(worker)
  })

  it('finds nothing when the worker was not built', () => {
    const main = builtMain(false)
    expect(locateActivityWorker(pathToFileURL(join(main, 'browser.js')).href)).toBeUndefined()
  })
})
