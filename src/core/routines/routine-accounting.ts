/**
 * Honest completion: how much of a routine was really done, from the time spent in each part against its plan.
 * A routine skipped through reaches its end but does not count as done.
 */
import { sessionSegments, spentBySegment, type RoutineSession } from './routine-session'

/** A routine counts as done (Today's "warm-up done", the warm-up streak, History) from this share of its planned work time. */
export const COUNTS_AS_DONE_FRACTION = 0.5
/** A part (one side of one set of one step) that got less than this share of its planned time counts as skipped. */
export const PART_SKIPPED_BELOW_FRACTION = 0.5

/** What was really done in a session. */
export interface RoutineAccount {
  /** Work parts: each side of each set of each step (get-ready, switch-sides, rests and suggestions are not parts). */
  readonly parts: number
  readonly partsSkipped: number
  /** Planned work time, and the work time really spent with each part counted up to its plan. */
  readonly plannedWorkMs: number
  readonly doneWorkMs: number
  /** `doneWorkMs / plannedWorkMs`, 0…1. */
  readonly doneFraction: number
  /** Running time spent in the whole routine (pauses excluded; rests, switches and going back included). */
  readonly activeMs: number
  readonly countsAsDone: boolean
}

/** The account of `session` at `nowMs` (for an ended session, at its end). */
export function routineAccount(session: RoutineSession, nowMs: number): RoutineAccount {
  const segments = sessionSegments(session)
  const spent = spentBySegment(session, nowMs)
  let parts = 0
  let partsSkipped = 0
  let plannedWorkMs = 0
  let doneWorkMs = 0
  let activeMs = 0
  segments.forEach((segment, index) => {
    const spentMs = spent[index] ?? 0
    activeMs += spentMs
    if (segment.phase !== 'work' || segment.optional) return
    parts += 1
    plannedWorkMs += segment.durationMs
    const creditedMs = Math.min(spentMs, segment.durationMs)
    doneWorkMs += creditedMs
    if (creditedMs < segment.durationMs * PART_SKIPPED_BELOW_FRACTION) partsSkipped += 1
  })
  const doneFraction = plannedWorkMs === 0 ? 0 : doneWorkMs / plannedWorkMs
  return {
    parts,
    partsSkipped,
    plannedWorkMs,
    doneWorkMs,
    doneFraction,
    activeMs: Math.round(activeMs),
    countsAsDone: plannedWorkMs > 0 && doneFraction >= COUNTS_AS_DONE_FRACTION
  }
}
