import type { Routine } from '../core/routines/routine'
import {
  abandonSession,
  nextBoundaryMs,
  pauseSession,
  previousSegment,
  restartSession,
  resumeSession,
  sessionSegments,
  settleSession,
  skipSegment,
  startSession,
  type RoutineSession
} from '../core/routines/routine-session'
import type { Clock } from './ports'
import type { Scheduler } from './scheduler'

/** What the player tells the companion. */
export interface RoutinePlayerEvents {
  /** A session completed or was abandoned: journal it. */
  readonly ended: (session: RoutineSession) => void
  /** The session moved on by itself (a segment boundary passed): push the new state. */
  readonly advanced: () => void
  /** The player holds a different session object (started, paused, moved on, ended, cleared): save it. */
  readonly changed?: (session: RoutineSession | null) => void
}

const isOver = (session: RoutineSession | null): boolean =>
  session !== null && (session.status === 'completed' || session.status === 'abandoned')

/**
 * Holds the routine session and asks the scheduler to wake it at the next segment boundary, so the
 * tray and the journal follow the routine even when no window is open.
 */
export class RoutinePlayer {
  readonly #clock: Clock
  readonly #scheduler: Scheduler
  readonly #events: RoutinePlayerEvents
  #session: RoutineSession | null = null
  #boundaryMs: number | null = null

  /** `restored` is a session carried over from the last run (see `restoreSession`); its timer is armed at once. */
  constructor(clock: Clock, scheduler: Scheduler, events: RoutinePlayerEvents, restored: RoutineSession | null = null) {
    this.#clock = clock
    this.#scheduler = scheduler
    this.#events = events
    if (restored) this.#replace(restored)
  }

  /** The session in the player, settled to now. */
  get session(): RoutineSession | null {
    this.#apply((session) => session)
    return this.#session
  }

  /**
   * Starts `routine` (at step `atStep`, if given) with a `getReadyMs` countdown; a session still running is
   * abandoned (and journalled) first.
   */
  start(routine: Routine, id: string, atStep = 0, getReadyMs = 0): void {
    this.#apply((session, nowMs) => (session && !isOver(session) ? abandonSession(session, nowMs) : session))
    const session = startSession(routine, id, this.#clock.now(), getReadyMs)
    const firstSegment = sessionSegments(session).findIndex((segment) => segment.stepIndex >= atStep)
    this.#replace(firstSegment > 0 ? { ...session, anchorSegment: firstSegment } : session)
  }

  /** Pauses the running session. */
  pause(): void {
    this.#apply(pauseSession)
  }

  /** Resumes a paused session with the time it had left. */
  resume(): void {
    this.#apply(resumeSession)
  }

  /** Jumps to the next segment. */
  skip(): void {
    this.#apply(skipSegment)
  }

  /** Goes back to the start of this segment, or the previous one. */
  back(): void {
    this.#apply(previousSegment)
  }

  /** Starts the routine over; an ended session starts afresh under `newId` (the old one is in the journal). */
  restart(newId: string): void {
    const ended = this.#session && isOver(settleSession(this.#session, this.#clock.now()))
    if (ended && this.#session) this.start(this.#session.routine, newId, 0, this.#session.getReadyMs ?? 0)
    else this.#apply(restartSession)
  }

  /** Ends the session early. */
  stop(): void {
    this.#apply(abandonSession)
  }

  /** Clears the player; a session still going is stopped (and journalled) first. */
  close(): void {
    this.stop()
    this.#replace(null)
  }

  /** The machine is going to sleep: nobody is stretching through that. */
  suspend(): void {
    this.pause()
  }

  #apply(change: (session: RoutineSession, nowMs: number) => RoutineSession | null): void {
    const nowMs = this.#clock.now()
    const before = this.#session
    if (!before) return
    const settled = settleSession(before, nowMs)
    const after = settled && !isOver(settled) ? change(settled, nowMs) : settled
    if (after && !isOver(before) && isOver(after)) this.#events.ended(after)
    // Unchanged and already timed: keep the wake-up rather than re-arming on every read.
    if (after === before && this.#boundaryMs !== null) return
    this.#replace(after)
  }

  #replace(session: RoutineSession | null): void {
    const changed = session !== this.#session
    this.#session = session
    if (changed) this.#events.changed?.(session)
    const nowMs = this.#clock.now()
    this.#boundaryMs = session ? nextBoundaryMs(session, nowMs) : null
    this.#scheduler.set('routine-step', this.#boundaryMs, () => {
      this.#boundaryMs = null
      this.#apply((current) => current)
      this.#events.advanced()
    })
  }
}
