import type { LockHolder } from '../service/instance-lock'

/** Why the desktop app cannot take the data folder, and what the person can do about it. */
export function alreadyRunningMessage(holder: LockHolder, dataDir: string): string {
  const where =
    holder.mode === 'browser'
      ? `in browser mode${holder.address ? ` at ${holder.address}` : ''}`
      : `as another desktop app (process ${holder.pid})`
  return (
    `Limber is already running ${where}, using the data folder ${dataDir}. ` +
    'Use that one, or stop it first: only one Limber at a time can keep your settings and journal.'
  )
}
