import type { Routine, RoutineStep, Side } from './routine'

/** What the timer is showing in one segment of a routine. */
export type SegmentPhase = 'work' | 'switch-sides' | 'rest'

/** One timed stretch of a routine: a step on one side in one set, a switch-sides pause, or a rest between sets. */
export interface Segment {
  readonly stepIndex: number
  /** 1-based set number. */
  readonly set: number
  readonly side: Side | null
  readonly phase: SegmentPhase
  readonly durationMs: number
}

/**
 * A running (or ended) routine session. It stores timestamps only: where it is at any moment is
 * computed from them, so a busy, throttled or reloaded page always shows the right time.
 */
export interface RoutineSession {
  readonly id: string
  /** A snapshot: editing the routine mid-session does not disturb it. */
  readonly routine: Routine
  readonly startedAtMs: number
  /** The segment the anchor refers to, and when it (virtually) began, shifted forward by pauses. */
  readonly anchorSegment: number
  readonly anchorAtMs: number
  /** Set while paused. */
  readonly pausedAtMs: number | null
  readonly status: 'running' | 'paused' | 'completed' | 'abandoned'
  /** When it completed or was abandoned. */
  readonly endedAtMs: number | null
}

/** Where a session is at a given moment. */
export interface SessionPosition {
  readonly segmentIndex: number
  readonly segment: Segment
  readonly step: RoutineStep
  readonly elapsedInSegmentMs: number
  readonly remainingInSegmentMs: number
  /** Time left in the whole routine from here, if nothing is skipped. */
  readonly remainingTotalMs: number
  readonly totalMs: number
  /** The next segment, for the "next up" preview. */
  readonly next: Segment | null
  readonly finished: boolean
  /** When the last segment ends (or ended) if the session keeps running from now. */
  readonly finishesAtMs: number
}
