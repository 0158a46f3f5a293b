import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SWITCH_SIDES_SECONDS, type Routine, type RoutineStep } from './routine'
import {
  abandonSession,
  completedFraction,
  nextBoundaryMs,
  pauseSession,
  previousSegment,
  restartSession,
  resumeSession,
  routineSegments,
  routineTotalMs,
  sessionPosition,
  settleSession,
  skipSegment,
  startSession,
  type RoutineSession
} from './routine-session'
import { testRoutine, testStep } from './testing/routine-fixtures'

const T0 = 1_750_000_000_000

let stepCount = 0
const step = (fields: Partial<RoutineStep>): RoutineStep => testStep(`step-${++stepCount}`, fields)
const routine = (...steps: RoutineStep[]): Routine => testRoutine(steps)
const brief = (parts: ReturnType<typeof routineSegments>) =>
  parts.map((s) => `${s.stepIndex}:${s.set}:${s.phase}:${s.side ?? '-'}:${s.durationMs}`)

// Three plain segments: 10 s, 20 s, 30 s (60 s in all).
const threeHolds = routine(
  step({ durationSeconds: 10 }),
  step({ kind: 'movement', durationSeconds: 20 }),
  step({ durationSeconds: 30 })
)

describe('routine timeline', () => {
  it('times a both-sides step as left, a 5 s switch-sides pause, then right', () => {
    expect(brief(routineSegments(routine(step({ durationSeconds: 30, sides: 'both' }))))).toEqual([
      '0:1:work:left:30000',
      `0:1:switch-sides:-:${SWITCH_SIDES_SECONDS * 1000}`,
      '0:1:work:right:30000'
    ])
  })

  it('rests between sets but not after the last set', () => {
    expect(brief(routineSegments(routine(step({ durationSeconds: 20, sets: 3, restSeconds: 15 }), step({}))))).toEqual([
      '0:1:work:-:20000',
      '0:1:rest:-:15000',
      '0:2:work:-:20000',
      '0:2:rest:-:15000',
      '0:3:work:-:20000',
      '1:1:work:-:30000'
    ])
  })

  it('repeats both sides in every set, with the rest after the right leg', () => {
    expect(
      brief(routineSegments(routine(step({ durationSeconds: 10, sides: 'both', sets: 2, restSeconds: 20 }))))
    ).toEqual([
      '0:1:work:left:10000',
      '0:1:switch-sides:-:5000',
      '0:1:work:right:10000',
      '0:1:rest:-:20000',
      '0:2:work:left:10000',
      '0:2:switch-sides:-:5000',
      '0:2:work:right:10000'
    ])
  })

  it('goes straight to the next set when the rest is 0 s', () => {
    expect(brief(routineSegments(routine(step({ durationSeconds: 10, sets: 2, restSeconds: 0 }))))).toEqual([
      '0:1:work:-:10000',
      '0:2:work:-:10000'
    ])
  })

  it('times a reps step at its pace: reps × seconds per rep', () => {
    const reps = routine(step({ kind: 'reps', durationSeconds: undefined, reps: 12, secondsPerRep: 3 }))
    expect(brief(routineSegments(reps))).toEqual(['0:1:work:-:36000'])
  })

  it('treats a rest step as an ordinary timed segment with no transition around it', () => {
    const withRestStep = routine(step({ durationSeconds: 10 }), step({ kind: 'rest', durationSeconds: 45 }), step({}))
    expect(brief(routineSegments(withRestStep))).toEqual(['0:1:work:-:10000', '1:1:work:-:45000', '2:1:work:-:30000'])
  })

  it('counts switch-sides pauses and rests in the total length', () => {
    // 2 sets × (10 + 5 + 10) + one 20 s rest, then a 12 × 2 s reps step.
    const mixed = routine(
      step({ durationSeconds: 10, sides: 'both', sets: 2, restSeconds: 20 }),
      step({ kind: 'reps', reps: 12, secondsPerRep: 2 })
    )
    expect(routineTotalMs(mixed)).toBe((2 * 25 + 20 + 24) * 1000)
  })
})

describe('routine session clock', () => {
  it('starts running at the first segment', () => {
    const session = startSession(threeHolds, 'session-1', T0)
    expect(session).toMatchObject({
      id: 'session-1',
      status: 'running',
      startedAtMs: T0,
      anchorSegment: 0,
      anchorAtMs: T0,
      pausedAtMs: null,
      endedAtMs: null
    })
    expect(sessionPosition(session, T0)).toMatchObject({
      segmentIndex: 0,
      elapsedInSegmentMs: 0,
      remainingInSegmentMs: 10_000,
      remainingTotalMs: 60_000,
      totalMs: 60_000,
      finished: false,
      finishesAtMs: T0 + 60_000
    })
  })

  it('refuses a routine with nothing to time', () => {
    expect(() => startSession(routine(), 'empty', T0)).toThrow(RangeError)
  })

  it('shows the old step until the last millisecond and the next step exactly at the boundary', () => {
    const session = startSession(threeHolds, 's', T0)
    const before = sessionPosition(session, T0 + 9_999)
    expect(before).toMatchObject({ segmentIndex: 0, remainingInSegmentMs: 1, remainingTotalMs: 50_001 })
    expect(before.next).toMatchObject({ stepIndex: 1 })
    const at = sessionPosition(session, T0 + 10_000)
    expect(at).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0, remainingInSegmentMs: 20_000 })
    expect(at.step.kind).toBe('movement')
    expect(sessionPosition(session, T0 + 29_999).segmentIndex).toBe(1)
    expect(sessionPosition(session, T0 + 30_000).segmentIndex).toBe(2)
  })

  it('walks a both-sides step from left through switch sides to right', () => {
    const session = startSession(routine(step({ durationSeconds: 30, sides: 'both' })), 's', T0)
    const at = (ms: number) => sessionPosition(session, T0 + ms).segment
    expect(at(29_999)).toMatchObject({ phase: 'work', side: 'left' })
    expect(at(30_000)).toMatchObject({ phase: 'switch-sides', side: null, durationMs: 5_000 })
    expect(at(34_999)).toMatchObject({ phase: 'switch-sides' })
    expect(at(35_000)).toMatchObject({ phase: 'work', side: 'right' })
  })

  it('marks the routine finished at its last millisecond and keeps it there afterwards', () => {
    const session = startSession(threeHolds, 's', T0)
    expect(sessionPosition(session, T0 + 59_999)).toMatchObject({ finished: false, remainingTotalMs: 1 })
    for (const ms of [60_000, 90_000]) {
      expect(sessionPosition(session, T0 + ms)).toMatchObject({
        segmentIndex: 2,
        finished: true,
        remainingInSegmentMs: 0,
        remainingTotalMs: 0,
        next: null
      })
    }
  })

  it('does not move while paused, and the finish time slides with the wall clock', () => {
    const paused = pauseSession(startSession(threeHolds, 's', T0), T0 + 12_345)
    expect(paused).toMatchObject({ status: 'paused', pausedAtMs: T0 + 12_345 })
    const early = sessionPosition(paused, T0 + 12_345)
    const late = sessionPosition(paused, T0 + 600_000)
    expect(late).toMatchObject({
      segmentIndex: early.segmentIndex,
      elapsedInSegmentMs: early.elapsedInSegmentMs,
      remainingTotalMs: 47_655
    })
    expect(late.finishesAtMs).toBe(T0 + 600_000 + 47_655)
  })

  it('keeps the remaining time to the millisecond across several pauses', () => {
    let session = startSession(threeHolds, 's', T0)
    session = pauseSession(session, T0 + 4_321)
    session = resumeSession(session, T0 + 100_000)
    expect(sessionPosition(session, T0 + 100_000).remainingTotalMs).toBe(60_000 - 4_321)
    session = pauseSession(session, T0 + 100_001)
    session = resumeSession(session, T0 + 100_007)
    expect(sessionPosition(session, T0 + 100_007).remainingTotalMs).toBe(60_000 - 4_322)
    // Total paused: 95,679 + 6 ms; the routine ends 60 s of running after it started.
    const finish = T0 + 60_000 + 95_679 + 6
    expect(sessionPosition(session, finish - 1).finished).toBe(false)
    expect(settleSession(session, finish)).toMatchObject({ status: 'completed', endedAtMs: finish })
  })

  it('ignores pause when not running and resume when not paused', () => {
    const running = startSession(threeHolds, 's', T0)
    expect(resumeSession(running, T0 + 1)).toBe(running)
    const paused = pauseSession(running, T0 + 1)
    expect(pauseSession(paused, T0 + 2)).toBe(paused)
  })

  it('completes at the exact finish instant when paused after the routine already ended', () => {
    const session = startSession(threeHolds, 's', T0)
    expect(pauseSession(session, T0 + 75_000)).toMatchObject({ status: 'completed', endedAtMs: T0 + 60_000 })
  })
})

describe('skip and back', () => {
  it('skips to the start of the next segment', () => {
    const skipped = skipSegment(startSession(threeHolds, 's', T0), T0 + 4_000)
    expect(skipped).toMatchObject({ status: 'running', anchorSegment: 1, anchorAtMs: T0 + 4_000 })
    expect(sessionPosition(skipped, T0 + 4_000)).toMatchObject({ segmentIndex: 1, remainingTotalMs: 50_000 })
  })

  it('skips while paused without starting the clock', () => {
    const paused = pauseSession(startSession(threeHolds, 's', T0), T0 + 4_000)
    const skipped = skipSegment(paused, T0 + 9_000)
    expect(skipped).toMatchObject({
      status: 'paused',
      pausedAtMs: T0 + 4_000,
      anchorSegment: 1,
      anchorAtMs: T0 + 4_000
    })
    expect(sessionPosition(skipped, T0 + 50_000)).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0 })
    const resumed = resumeSession(skipped, T0 + 10_000)
    expect(sessionPosition(resumed, T0 + 30_000)).toMatchObject({ segmentIndex: 2, elapsedInSegmentMs: 0 })
  })

  it('completes the routine when the last segment is skipped', () => {
    let session = startSession(threeHolds, 's', T0)
    session = skipSegment(skipSegment(session, T0 + 1_000), T0 + 2_000)
    const done = skipSegment(session, T0 + 3_000)
    expect(done).toMatchObject({ status: 'completed', endedAtMs: T0 + 3_000, pausedAtMs: null })
    expect(sessionPosition(done, T0 + 99_000)).toMatchObject({ segmentIndex: 2, finished: true, remainingTotalMs: 0 })
    expect(completedFraction(done, T0 + 99_000)).toBe(1)
  })

  it('completes the routine when the last segment is skipped while paused', () => {
    const paused = pauseSession(startSession(routine(step({})), 's', T0), T0 + 1_000)
    expect(skipSegment(paused, T0 + 5_000)).toMatchObject({
      status: 'completed',
      endedAtMs: T0 + 5_000,
      pausedAtMs: null
    })
  })

  it('restarts the current segment when back is pressed more than 3 s into it', () => {
    const session = skipSegment(startSession(threeHolds, 's', T0), T0)
    const back = previousSegment(session, T0 + 3_001)
    expect(back).toMatchObject({ anchorSegment: 1, anchorAtMs: T0 + 3_001 })
    expect(sessionPosition(back, T0 + 3_001)).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0 })
  })

  it('goes to the start of the previous segment when back is pressed within the first 3 s', () => {
    const session = skipSegment(startSession(threeHolds, 's', T0), T0 + 500)
    const back = previousSegment(session, T0 + 3_500)
    expect(sessionPosition(back, T0 + 3_500)).toMatchObject({ segmentIndex: 0, elapsedInSegmentMs: 0 })
  })

  it('restarts the first segment when back is pressed there', () => {
    const back = previousSegment(startSession(threeHolds, 's', T0), T0 + 1_000)
    expect(back).toMatchObject({ anchorSegment: 0, anchorAtMs: T0 + 1_000 })
  })

  it('goes back while paused and stays paused', () => {
    const paused = pauseSession(skipSegment(startSession(threeHolds, 's', T0), T0), T0 + 1_000)
    const back = previousSegment(paused, T0 + 20_000)
    expect(back).toMatchObject({ status: 'paused', pausedAtMs: T0 + 1_000, anchorSegment: 0, anchorAtMs: T0 + 1_000 })
  })

  it('leaves an ended session alone when skip or back is pressed', () => {
    const abandoned = abandonSession(startSession(threeHolds, 's', T0), T0 + 1_000)
    expect(skipSegment(abandoned, T0 + 2_000)).toBe(abandoned)
    expect(previousSegment(abandoned, T0 + 2_000)).toBe(abandoned)
    expect(pauseSession(abandoned, T0 + 2_000)).toBe(abandoned)
    expect(resumeSession(abandoned, T0 + 2_000)).toBe(abandoned)
  })
})

describe('restart, abandon and settle', () => {
  it('restarts from the first segment, running, from paused or ended', () => {
    const started = startSession(threeHolds, 's', T0)
    const cases: RoutineSession[] = [
      pauseSession(skipSegment(started, T0 + 1_000), T0 + 2_000),
      abandonSession(started, T0 + 5_000),
      settleSession(started, T0 + 70_000)
    ]
    for (const session of cases) {
      const restarted = restartSession(session, T0 + 80_000)
      expect(restarted).toMatchObject({ id: 's', status: 'running', pausedAtMs: null, endedAtMs: null })
      expect(sessionPosition(restarted, T0 + 80_000)).toMatchObject({ segmentIndex: 0, remainingTotalMs: 60_000 })
    }
  })

  it('abandons at the moment stop is pressed and stays abandoned', () => {
    const abandoned = abandonSession(startSession(threeHolds, 's', T0), T0 + 15_000)
    expect(abandoned).toMatchObject({ status: 'abandoned', endedAtMs: T0 + 15_000 })
    expect(sessionPosition(abandoned, T0 + 50_000)).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 5_000 })
    expect(abandonSession(abandoned, T0 + 20_000)).toBe(abandoned)
  })

  it('abandons a paused session at the moment stop is pressed', () => {
    const paused = pauseSession(startSession(threeHolds, 's', T0), T0 + 15_000)
    const abandoned = abandonSession(paused, T0 + 40_000)
    expect(abandoned).toMatchObject({ status: 'abandoned', endedAtMs: T0 + 40_000, pausedAtMs: null })
    expect(completedFraction(abandoned, T0 + 99_000)).toBe(0.25)
  })

  it('counts a routine that ran to its end before stop was pressed as completed', () => {
    const session = startSession(threeHolds, 's', T0)
    expect(abandonSession(session, T0 + 61_000)).toMatchObject({ status: 'completed', endedAtMs: T0 + 60_000 })
  })

  it('leaves an unfinished session untouched when settled', () => {
    const session = startSession(threeHolds, 's', T0)
    expect(settleSession(session, T0 + 59_999)).toBe(session)
    const paused = pauseSession(session, T0 + 1_000)
    expect(settleSession(paused, T0 + 999_999)).toBe(paused)
  })

  it('records the exact finish time, not the moment it was noticed', () => {
    const session = skipSegment(startSession(threeHolds, 's', T0), T0 + 2_000)
    const settled = settleSession(session, T0 + 3_600_000)
    expect(settled).toMatchObject({ status: 'completed', endedAtMs: T0 + 2_000 + 50_000 })
    expect(sessionPosition(settled, T0 + 3_600_000)).toMatchObject({ finished: true, finishesAtMs: T0 + 52_000 })
    expect(settleSession(settled, T0 + 3_700_000)).toBe(settled)
  })
})

describe('timer and journal figures', () => {
  it('arms the timer for the end of the current segment while running', () => {
    let session = startSession(threeHolds, 's', T0)
    expect(nextBoundaryMs(session, T0 + 1)).toBe(T0 + 10_000)
    expect(nextBoundaryMs(session, T0 + 10_000)).toBe(T0 + 30_000)
    session = pauseSession(session, T0 + 12_000)
    expect(nextBoundaryMs(session, T0 + 13_000)).toBeNull()
    session = resumeSession(session, T0 + 20_000)
    expect(nextBoundaryMs(session, T0 + 20_000)).toBe(T0 + 38_000)
  })

  it('arms no timer once the session has ended', () => {
    const session = startSession(threeHolds, 's', T0)
    expect(nextBoundaryMs(abandonSession(session, T0 + 1), T0 + 2)).toBeNull()
    expect(nextBoundaryMs(settleSession(session, T0 + 60_000), T0 + 60_000)).toBeNull()
  })

  it('fires the timer at once for a session that finished but was not yet settled', () => {
    expect(nextBoundaryMs(startSession(threeHolds, 's', T0), T0 + 65_000)).toBe(T0 + 60_000)
  })

  it('reports the share of the routine done so far', () => {
    const session = startSession(threeHolds, 's', T0)
    expect(completedFraction(session, T0)).toBe(0)
    expect(completedFraction(session, T0 + 15_000)).toBe(0.25)
    expect(completedFraction(settleSession(session, T0 + 60_000), T0 + 60_000)).toBe(1)
  })

  it('counts skipped segments as covered', () => {
    const skipped = skipSegment(startSession(threeHolds, 's', T0), T0)
    expect(completedFraction(skipped, T0)).toBeCloseTo(10 / 60)
  })
})

// --- Properties -----------------------------------------------------------------------------------

const arbitraryStep = fc
  .record({
    kind: fc.constantFrom('hold', 'movement', 'reps', 'cardio', 'rest') as fc.Arbitrary<RoutineStep['kind']>,
    durationSeconds: fc.integer({ min: 5, max: 600 }),
    reps: fc.integer({ min: 1, max: 30 }),
    secondsPerRep: fc.integer({ min: 1, max: 5 }),
    sides: fc.constantFrom('none', 'both') as fc.Arbitrary<RoutineStep['sides']>,
    sets: fc.integer({ min: 1, max: 4 }),
    restSeconds: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 }))
  })
  .map(({ kind, durationSeconds, reps, secondsPerRep, ...rest }) =>
    step(
      kind === 'reps'
        ? { kind, reps, secondsPerRep, durationSeconds: undefined, ...rest }
        : { kind, durationSeconds, ...rest }
    )
  )
const arbitraryRoutine = fc.array(arbitraryStep, { minLength: 1, maxLength: 8 }).map((steps) => routine(...steps))
const arbitraryPauses = fc.array(fc.tuple(fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 120_000 })), {
  maxLength: 12
})

/** The routine's length worked out from its steps directly, independent of the segment list. */
function expectedTotalMs(subject: Routine): number {
  return subject.steps.reduce((sum, s) => {
    const workMs = (s.kind === 'reps' ? (s.reps ?? 0) * (s.secondsPerRep ?? 0) : (s.durationSeconds ?? 0)) * 1000
    const perSetMs = s.sides === 'both' ? 2 * workMs + SWITCH_SIDES_SECONDS * 1000 : workMs
    return sum + s.sets * perSetMs + (s.sets - 1) * s.restSeconds * 1000
  }, 0)
}

describe('routine session properties', () => {
  it('runs for exactly the routine length however often it is paused, with the countdown never drifting', () => {
    fc.assert(
      fc.property(arbitraryRoutine, arbitraryPauses, (subject, pauses) => {
        const totalMs = expectedTotalMs(subject)
        expect(routineTotalMs(subject)).toBe(totalMs)
        let session = startSession(subject, 'p', T0)
        let nowMs = T0
        let pausedMs = 0
        let last = sessionPosition(session, nowMs)

        // Samples a running instant: the countdown plus the running time so far is always the routine length.
        const sample = (atMs: number) => {
          const position = sessionPosition(session, atMs)
          const runningMs = atMs - T0 - pausedMs
          if (position.finished) expect(runningMs).toBeGreaterThanOrEqual(totalMs)
          else expect(position.remainingTotalMs + runningMs).toBe(totalMs)
          expect(position.segmentIndex).toBeGreaterThanOrEqual(last.segmentIndex)
          if (position.segmentIndex === last.segmentIndex) {
            expect(position.elapsedInSegmentMs).toBeGreaterThanOrEqual(last.elapsedInSegmentMs)
          }
          expect(position.remainingTotalMs).toBeLessThanOrEqual(last.remainingTotalMs)
          last = position
        }

        for (const [runMs, pauseMs] of pauses) {
          sample(nowMs + Math.floor(runMs / 2))
          nowMs += runMs
          sample(nowMs)
          session = pauseSession(session, nowMs)
          if (session.status === 'completed') break
          // The paused clock shows the same place throughout the pause.
          expect(sessionPosition(session, nowMs + pauseMs)).toMatchObject({
            segmentIndex: last.segmentIndex,
            remainingTotalMs: last.remainingTotalMs
          })
          nowMs += pauseMs
          pausedMs += pauseMs
          session = resumeSession(session, nowMs)
        }
        if (session.status === 'running') {
          sample(nowMs + totalMs)
          session = settleSession(session, nowMs + totalMs)
        }
        expect(session.status).toBe('completed')
        expect((session.endedAtMs ?? Number.NaN) - session.startedAtMs - pausedMs).toBe(totalMs)
      }),
      { numRuns: 200 }
    )
  })
})
