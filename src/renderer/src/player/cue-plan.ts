import type { SegmentPhase } from '../../../core/routines/routine-session'
import { COUNTDOWN_SECONDS } from './session-text'

/** What the cues need to know about the player at one paint. */
export interface CueMoment {
  readonly sessionId: string
  readonly segmentIndex: number
  readonly phase: SegmentPhase
  /** Whole seconds left in the segment, rounded up (what the countdown shows). */
  readonly secondsLeft: number
  readonly running: boolean
  readonly finished: boolean
}

/** A cue to play: a segment began, a countdown second, or the routine finished. */
export type Cue =
  | { readonly kind: 'segment'; readonly phase: SegmentPhase }
  | { readonly kind: 'countdown'; readonly seconds: number }
  | { readonly kind: 'done' }

/** The cues to play now, and the moment to compare the next paint with. */
export interface CueDecision {
  readonly cues: readonly Cue[]
  readonly remembered: CueMoment | null
}

/**
 * Decides the cues from two paints of the player, never from timer ticks: each (segment, second) is cued
 * at most once however often the page repaints, nothing plays while paused, and a page that wakes late
 * cues where it is now instead of replaying what it missed.
 */
export function decideCues(previous: CueMoment | null, current: CueMoment): CueDecision {
  const sameSession = previous !== null && previous.sessionId === current.sessionId
  if (current.finished) {
    const cues: Cue[] = sameSession && !previous.finished ? [{ kind: 'done' }] : []
    return { cues, remembered: current }
  }
  // Paused: remember nothing, so a segment skipped to while paused is announced on resume.
  if (!current.running) return { cues: [], remembered: previous }
  if (
    sameSession &&
    !previous.finished &&
    previous.segmentIndex === current.segmentIndex &&
    previous.secondsLeft === current.secondsLeft
  ) {
    return { cues: [], remembered: current }
  }
  const entered =
    !sameSession ||
    previous.finished ||
    previous.segmentIndex !== current.segmentIndex ||
    // Back within the same segment restarts it.
    current.secondsLeft > previous.secondsLeft
  const cues: Cue[] = entered ? [{ kind: 'segment', phase: current.phase }] : []
  if (
    (current.phase === 'work' || current.phase === 'get-ready') &&
    current.secondsLeft > 0 &&
    current.secondsLeft <= COUNTDOWN_SECONDS
  ) {
    cues.push({ kind: 'countdown', seconds: current.secondsLeft })
  }
  return { cues, remembered: current }
}
