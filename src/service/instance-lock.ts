import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Who holds a data folder. */
export interface LockHolder {
  readonly pid: number
  readonly mode: 'desktop' | 'browser'
  /** Browser mode's address, so a second start can point the user at it. */
  readonly address?: string
  readonly startedAtMs: number
}

/** The outcome of trying to take a data folder. */
export type LockOutcome =
  | { readonly acquired: true; readonly release: () => void; readonly tookOverStale: boolean }
  | { readonly acquired: false; readonly holder: LockHolder }

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const readHolder = (path: string): LockHolder | undefined => {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder
    return typeof holder.pid === 'number' ? holder : undefined
  } catch {
    return undefined
  }
}

/**
 * Takes the data folder for this process so only one Limber (desktop or browser mode) uses it.
 * A lock left by a crashed process (its pid no longer runs) is taken over.
 */
export function acquireDataDirLock(dataDir: string, holder: LockHolder, alive = isAlive): LockOutcome {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'limber.lock')
  let tookOverStale = false
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(path, JSON.stringify(holder), { flag: 'wx' })
      const release = (): void => {
        if (readHolder(path)?.pid === holder.pid) rmSync(path, { force: true })
      }
      return { acquired: true, release, tookOverStale }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const current = readHolder(path)
      if (current && current.pid !== holder.pid && alive(current.pid)) return { acquired: false, holder: current }
      rmSync(path, { force: true })
      tookOverStale = true
    }
  }
  throw new Error(`Could not take the lock in ${dataDir}`)
}

/** Updates what the lock says about its holder (browser mode learns its address after listening). */
export function updateLockHolder(dataDir: string, holder: LockHolder): void {
  writeFileSync(join(dataDir, 'limber.lock'), JSON.stringify(holder))
}
