import type { RoutineSession, SessionPosition } from '../../../core/routines/routine-session'

/** What the player shows as its phase: the segment's, or "paused", which outranks every other. */
export type DisplayPhase = 'get-ready' | 'work' | 'rest' | 'switch-sides' | 'paused'

/** The phase to colour and name the player with. */
export function displayPhase(session: RoutineSession, position: SessionPosition): DisplayPhase {
  return session.status === 'paused' ? 'paused' : position.segment.phase
}
