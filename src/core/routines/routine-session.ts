import { SWITCH_SIDES_SECONDS, type Routine, type RoutineStep, type Side } from './routine'

/** What the timer is showing in one segment of a routine. */
export type SegmentPhase = 'get-ready' | 'work' | 'switch-sides' | 'rest'

/**
 * One timed stretch of a routine: a step on one side in one set, a switch-sides pause, a rest between sets, or
 * the "get ready" countdown before the first step and after each switch.
 */
export interface Segment {
  readonly stepIndex: number
  /** 1-based set number. */
  readonly set: number
  readonly side: Side | null
  readonly phase: SegmentPhase
  /** For an open-ended hold, its usual length: the segment itself lasts until the person moves on. */
  readonly durationMs: number
  /** An open-ended step ("until it eases", or a suggestion): the clock counts up and never moves past it on its own. */
  readonly openEnded?: boolean
  /** A suggestion (warmth, ice): worth doing if it helps, so leaving it out is not skipping part of the routine. */
  readonly optional?: boolean
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
  /** The "get ready" countdown chosen when it started (0: none); absent in sessions saved before it existed. */
  readonly getReadyMs?: number
  /** Running time spent in each segment before the anchor (index → ms), so skips and backs are accounted honestly. */
  readonly spentMs?: readonly number[]
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

/** Time before which "back" goes to the previous segment rather than restarting this one, like a music player. */
const RESTART_SEGMENT_AFTER_MS = 3000

/** How long one performance of a step lasts: its duration, or its reps at the step's pace. */
function workDurationMs(step: RoutineStep): number {
  const seconds = step.kind === 'reps' ? (step.reps ?? 0) * (step.secondsPerRep ?? 0) : (step.durationSeconds ?? 0)
  // Rounded so every later sum stays in whole milliseconds.
  return Math.round(seconds * 1000)
}

/**
 * The routine laid out as timed segments: each set's work (left, switch, right), then rest if another set follows;
 * with `getReadyMs`, a "get ready" countdown before the first step and after each switch of sides.
 */
export function routineSegments(routine: Routine, getReadyMs = 0): Segment[] {
  const segments: Segment[] = []
  const getReady = (stepIndex: number, set: number, side: Side | null): void => {
    if (getReadyMs > 0) segments.push({ stepIndex, set, side, phase: 'get-ready', durationMs: getReadyMs })
  }
  routine.steps.forEach((step, stepIndex) => {
    const durationMs = workDurationMs(step)
    if (stepIndex === 0) getReady(0, 1, step.sides === 'both' ? 'left' : null)
    for (let set = 1; set <= step.sets; set++) {
      if (step.sides === 'both') {
        segments.push({ stepIndex, set, side: 'left', phase: 'work', durationMs })
        segments.push({ stepIndex, set, side: null, phase: 'switch-sides', durationMs: SWITCH_SIDES_SECONDS * 1000 })
        getReady(stepIndex, set, 'right')
        segments.push({ stepIndex, set, side: 'right', phase: 'work', durationMs })
      } else if (step.timing !== undefined) {
        const optional = step.timing === 'suggestion' ? { optional: true } : {}
        segments.push({ stepIndex, set, side: null, phase: 'work', durationMs, openEnded: true, ...optional })
      } else {
        segments.push({ stepIndex, set, side: null, phase: 'work', durationMs })
      }
      if (set < step.sets && step.restSeconds > 0) {
        segments.push({ stepIndex, set, side: null, phase: 'rest', durationMs: Math.round(step.restSeconds * 1000) })
      }
    }
  })
  return segments
}

/** The routine's full length, switch-sides pauses and rests included. */
export function routineTotalMs(routine: Routine): number {
  return routineSegments(routine).reduce((sum, segment) => sum + segment.durationMs, 0)
}

/** The session's segments, laid out with the get-ready countdown it started with. */
export function sessionSegments(session: RoutineSession): Segment[] {
  return routineSegments(session.routine, session.getReadyMs ?? 0)
}

/** A new session at the start of the routine, running from `nowMs`, with a `getReadyMs` countdown (0: none). */
export function startSession(routine: Routine, id: string, nowMs: number, getReadyMs = 0): RoutineSession {
  // The player needs a segment to show; the schema already rejects empty routines.
  if (routineSegments(routine).length === 0) throw new RangeError(`Routine ${routine.id} has nothing to time`)
  return {
    id,
    routine,
    startedAtMs: nowMs,
    anchorSegment: 0,
    anchorAtMs: nowMs,
    pausedAtMs: null,
    status: 'running',
    endedAtMs: null,
    getReadyMs: Math.max(0, Math.round(getReadyMs)),
    spentMs: []
  }
}

/** Running time spent in each segment so far (index → ms): what was credited before the anchor, plus since it. */
export function spentBySegment(session: RoutineSession, nowMs: number): number[] {
  const segments = sessionSegments(session)
  const ended = session.status === 'completed' || session.status === 'abandoned'
  return ended
    ? segments.map((_, index) => session.spentMs?.[index] ?? 0)
    : creditSinceAnchor(session, segments, effectiveMs(session, nowMs))
}

/** The time spent since the anchor, per segment, up to `effective`: the segments passed in full, then the current one. */
function creditSinceAnchor(session: RoutineSession, segments: readonly Segment[], effective: number): number[] {
  const spent = [...(session.spentMs ?? [])]
  let leftMs = Math.max(0, effective - session.anchorAtMs)
  for (let index = Math.max(0, session.anchorSegment); index < segments.length && leftMs > 0; index++) {
    const segment = segmentAt(segments, index)
    const takenMs = segment.openEnded ? leftMs : Math.min(leftMs, segment.durationMs)
    spent[index] = (spent[index] ?? 0) + takenMs
    leftMs -= takenMs
  }
  for (let index = 0; index < spent.length; index++) spent[index] ??= 0
  return spent
}

/** The instant the session's clock reads: frozen while paused, stopped once ended. */
function effectiveMs(session: RoutineSession, nowMs: number): number {
  if (session.status === 'paused') return session.pausedAtMs ?? nowMs
  if (session.status === 'completed' || session.status === 'abandoned') return session.endedAtMs ?? nowMs
  return nowMs
}

/** Where the session is at `nowMs`, from its anchor alone. */
export function sessionPosition(session: RoutineSession, nowMs: number): SessionPosition {
  const segments = sessionSegments(session)
  const lastIndex = segments.length - 1
  if (lastIndex < 0) throw new RangeError(`Routine ${session.routine.id} has nothing to time`)
  const effective = effectiveMs(session, nowMs)
  // Clamped so a clock that steps back never shows a segment before the anchor.
  let leftMs = Math.max(0, effective - session.anchorAtMs)
  let index = Math.min(Math.max(0, session.anchorSegment), lastIndex)
  while (
    index <= lastIndex &&
    !segmentAt(segments, index).openEnded &&
    leftMs >= segmentAt(segments, index).durationMs
  ) {
    leftMs -= segmentAt(segments, index).durationMs
    index++
  }
  const finished = index > lastIndex || session.status === 'completed'
  const segmentIndex = finished ? lastIndex : index
  const segment = segmentAt(segments, segmentIndex)
  const elapsedInSegmentMs = finished ? segment.durationMs : leftMs
  // An open-ended hold counts up: nothing is "left" once its usual length has passed.
  const remainingInSegmentMs = Math.max(0, segment.durationMs - elapsedInSegmentMs)
  let remainingTotalMs = remainingInSegmentMs
  let totalMs = 0
  segments.forEach((other, otherIndex) => {
    totalMs += other.durationMs
    if (otherIndex > segmentIndex) remainingTotalMs += other.durationMs
  })
  const step = session.routine.steps[segment.stepIndex]
  if (step === undefined) throw new RangeError(`Segment ${segmentIndex} points at a missing step`)
  // A paused session finishes "remaining from whenever it resumes": shown as from now.
  const finishesFromMs = session.status === 'paused' ? nowMs : effective
  return {
    segmentIndex,
    segment,
    step,
    elapsedInSegmentMs,
    remainingInSegmentMs,
    remainingTotalMs,
    totalMs,
    next: segments[segmentIndex + 1] ?? null,
    finished,
    finishesAtMs: finishesFromMs + remainingTotalMs
  }
}

/** A segment known to exist (indices here are always in range). */
function segmentAt(segments: readonly Segment[], index: number): Segment {
  const segment = segments[index]
  if (segment === undefined) throw new RangeError(`No segment ${index}`)
  return segment
}

/** The exact instant a running session's last segment ends, if nothing is skipped or paused. */
function finishMs(session: RoutineSession): number {
  const segments = sessionSegments(session).slice(session.anchorSegment)
  // A routine with an open-ended hold still ahead has no finish time until the person moves past it.
  if (segments.some((segment) => segment.openEnded)) return Number.POSITIVE_INFINITY
  return segments.reduce((at, segment) => at + segment.durationMs, session.anchorAtMs)
}

/** A running session whose last segment ended by `nowMs`, completed at that exact instant; otherwise the same object. */
export function settleSession(session: RoutineSession, nowMs: number): RoutineSession {
  if (session.status !== 'running') return session
  const endedAtMs = finishMs(session)
  if (endedAtMs > nowMs) return session
  const spentMs = creditSinceAnchor(session, sessionSegments(session), endedAtMs)
  return { ...session, status: 'completed', endedAtMs, pausedAtMs: null, spentMs }
}

/** Whether the session no longer moves. */
function isEnded(session: RoutineSession): boolean {
  return session.status === 'completed' || session.status === 'abandoned'
}

/** Stops the clock at `nowMs`; a routine that already finished is completed instead. */
export function pauseSession(session: RoutineSession, nowMs: number): RoutineSession {
  if (session.status !== 'running') return session
  const settled = settleSession(session, nowMs)
  if (settled !== session) return settled
  return { ...session, status: 'paused', pausedAtMs: nowMs }
}

/** Starts the clock again with exactly the time that was left when it was paused. */
export function resumeSession(session: RoutineSession, nowMs: number): RoutineSession {
  if (session.status !== 'paused' || session.pausedAtMs === null) return session
  // Never negative: a clock that stepped back must not eat time the user has not done.
  const pausedForMs = Math.max(0, nowMs - session.pausedAtMs)
  return { ...session, status: 'running', pausedAtMs: null, anchorAtMs: session.anchorAtMs + pausedForMs }
}

/** The session with its clock starting segment `segmentIndex` at the current instant, paused or not. */
function jumpTo(session: RoutineSession, segmentIndex: number, nowMs: number): RoutineSession {
  const effective = effectiveMs(session, nowMs)
  const spentMs = creditSinceAnchor(session, sessionSegments(session), effective)
  return { ...session, anchorSegment: segmentIndex, anchorAtMs: effective, spentMs }
}

/** Moves to the start of the next segment; skipping the last one completes the routine. */
export function skipSegment(session: RoutineSession, nowMs: number): RoutineSession {
  if (isEnded(session)) return session
  const settled = settleSession(session, nowMs)
  if (settled !== session) return settled
  const position = sessionPosition(session, nowMs)
  if (position.next !== null) return jumpTo(session, position.segmentIndex + 1, nowMs)
  // Anchored so the last segment has just run out: the position reads "finished" at endedAtMs.
  return {
    ...session,
    status: 'completed',
    pausedAtMs: null,
    endedAtMs: nowMs,
    spentMs: creditSinceAnchor(session, sessionSegments(session), effectiveMs(session, nowMs)),
    anchorSegment: position.segmentIndex,
    anchorAtMs: nowMs - position.segment.durationMs
  }
}

/** Restarts the current segment, or goes to the previous one when pressed within its first 3 s. */
export function previousSegment(session: RoutineSession, nowMs: number): RoutineSession {
  if (isEnded(session)) return session
  const settled = settleSession(session, nowMs)
  if (settled !== session) return settled
  const position = sessionPosition(session, nowMs)
  const target =
    position.elapsedInSegmentMs > RESTART_SEGMENT_AFTER_MS
      ? position.segmentIndex
      : Math.max(0, position.segmentIndex - 1)
  return jumpTo(session, target, nowMs)
}

/** Back to the first segment, running, whatever state the session was in. */
export function restartSession(session: RoutineSession, nowMs: number): RoutineSession {
  return {
    ...session,
    status: 'running',
    anchorSegment: 0,
    anchorAtMs: nowMs,
    pausedAtMs: null,
    endedAtMs: null,
    spentMs: []
  }
}

/** Ends the session early at `nowMs`; one that had already run to its end is completed instead. */
export function abandonSession(session: RoutineSession, nowMs: number): RoutineSession {
  if (isEnded(session)) return session
  // Finishing the routine just before pressing "stop" still counts as finishing it.
  const settled = settleSession(session, nowMs)
  if (settled !== session) return settled
  // Resumed first so the pause is folded into the anchor and the stopped clock shows where the user stopped.
  const resumed = resumeSession(session, nowMs)
  const spentMs = creditSinceAnchor(resumed, sessionSegments(resumed), nowMs)
  return { ...resumed, status: 'abandoned', endedAtMs: nowMs, spentMs }
}

/** When the service's timer should next fire: the end of the current segment, or null when the clock is stopped. */
export function nextBoundaryMs(session: RoutineSession, nowMs: number): number | null {
  if (session.status !== 'running') return null
  const position = sessionPosition(session, nowMs)
  // Finished but not yet settled: the finish instant has passed, so the timer fires at once and settles it.
  if (position.finished) return finishMs(session)
  // An open-ended hold ends when the person says so, not on a timer.
  if (position.segment.openEnded) return null
  return nowMs + position.remainingInSegmentMs
}

/** The share (0…1) of the routine's time covered so far, for the journal; 1 once completed. */
export function completedFraction(session: RoutineSession, nowMs: number): number {
  if (session.status === 'completed') return 1
  const position = sessionPosition(session, nowMs)
  if (position.totalMs === 0) return 0
  return (position.totalMs - position.remainingTotalMs) / position.totalMs
}

/** What a clock shows for `position`: the time so far in an open-ended step (it counts up), else the time left. */
export function shownClockMs(position: SessionPosition): number {
  return position.segment.openEnded ? position.elapsedInSegmentMs : position.remainingInSegmentMs
}
