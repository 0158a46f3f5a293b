/** The part of Electron's `powerMonitor` the companion listens to. */
export interface PowerMonitorPort {
  on(event: 'suspend', listener: () => void): unknown
  on(event: 'resume', listener: () => void): unknown
  removeListener(event: 'suspend', listener: () => void): unknown
  removeListener(event: 'resume', listener: () => void): unknown
}

/** What the companion does when the machine sleeps and wakes. */
export interface PowerAwareCompanion {
  /** Pauses a running routine, so sleep does not eat the timer. */
  systemSuspended(): void
  /** The machine woke: the companion recomputes from the wall clock (a routine paused by sleep stays paused). */
  systemResumed(): void
}

/**
 * Tells the companion when the machine sleeps and wakes; returns a function that stops listening.
 * 'lock-screen' is left alone on purpose: people lock the screen while they stretch, and the timer must keep going.
 */
export function connectPowerEvents(powerMonitor: PowerMonitorPort, companion: PowerAwareCompanion): () => void {
  const onSuspend = (): void => companion.systemSuspended()
  const onResume = (): void => companion.systemResumed()
  powerMonitor.on('suspend', onSuspend)
  powerMonitor.on('resume', onResume)
  return () => {
    powerMonitor.removeListener('suspend', onSuspend)
    powerMonitor.removeListener('resume', onResume)
  }
}

/** Whether the person is at the machine, as the companion asks before a drink reminder. */
export type UserPresence = 'active' | 'idle' | 'locked' | 'unknown'

/** The part of Electron's `powerMonitor` that says how long the machine has had no input. */
export interface IdleMonitorPort {
  getSystemIdleState(idleThresholdSeconds: number): string
}

/** A minute without keyboard or mouse counts as away: a drink reminder then waits for the person's return. */
export const awayAfterSeconds = 60

const presences: readonly string[] = ['active', 'idle', 'locked', 'unknown'] satisfies UserPresence[]

/**
 * Asks the system whether the person is there. Anything it cannot answer is 'unknown', which the
 * companion treats as present, so a platform without idle detection still gets its reminders.
 */
export function userPresence(powerMonitor: IdleMonitorPort): UserPresence {
  try {
    const state = powerMonitor.getSystemIdleState(awayAfterSeconds)
    return presences.includes(state) ? (state as UserPresence) : 'unknown'
  } catch {
    return 'unknown'
  }
}
