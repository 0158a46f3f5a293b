import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireDataDirLock } from './instance-lock'
import { tempDataDir } from './testing/temp-companion'

const holder = (pid: number) => ({
  pid,
  mode: 'browser' as const,
  startedAtMs: 0,
  address: `http://127.0.0.1:1/?pid=${pid}`
})

describe('data folder lock', () => {
  it('lets only one Limber use a data folder and tells the second who holds it', () => {
    const dataDir = tempDataDir()
    const first = acquireDataDirLock(dataDir, holder(1001), () => true)
    const second = acquireDataDirLock(dataDir, holder(1002), () => true)
    expect(first.acquired).toBe(true)
    expect(second).toEqual({ acquired: false, holder: holder(1001) })
  })

  it('takes over a lock left by a process that is no longer running', () => {
    const dataDir = tempDataDir()
    acquireDataDirLock(dataDir, holder(1001), () => true)
    const second = acquireDataDirLock(dataDir, holder(1002), () => false)
    expect(second).toMatchObject({ acquired: true, tookOverStale: true })
  })

  it('removes the lock on release so the next start does not have to take it over', () => {
    const dataDir = tempDataDir()
    const first = acquireDataDirLock(dataDir, holder(1001), () => true)
    if (first.acquired) first.release()
    expect(existsSync(join(dataDir, 'limber.lock'))).toBe(false)
  })
})
