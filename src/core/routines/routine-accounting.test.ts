import { describe, expect, it } from 'vitest'
import type { Routine } from './routine'
import { routineAccount } from './routine-accounting'
import {
  abandonSession,
  pauseSession,
  previousSegment,
  resumeSession,
  routineSegments,
  sessionPosition,
  settleSession,
  shownClockMs,
  skipSegment,
  startSession,
  type RoutineSession
} from './routine-session'
import { testRoutine, testStep } from './testing/routine-fixtures'

const T0 = 1_750_000_000_000
const s = (seconds: number): number => seconds * 1000

/** A walk (60 s), a both-sides stretch (30 s each side) and a 30 s hold: 4 parts, 180 s of planned work. */
const warmUp: Routine = testRoutine(
  [testStep('walk', { kind: 'cardio', durationSeconds: 60 }), testStep('stretch', { sides: 'both' }), testStep('hold')],
  { id: 'test-warm-up', name: 'Test warm-up' }
)

/** A fake clock the test moves by hand, applying each player action at the time it shows. */
function drive(session: RoutineSession) {
  let nowMs = session.startedAtMs
  let current = session
  return {
    wait: (ms: number) => {
      nowMs += ms
      current = settleSession(current, nowMs)
    },
    act: (action: (subject: RoutineSession, atMs: number) => RoutineSession) => {
      current = action(settleSession(current, nowMs), nowMs)
    },
    get session() {
      return current
    },
    get nowMs() {
      return nowMs
    }
  }
}

describe('honest completion', () => {
  it('counts a routine run to its end as done, every part in full, with its real running time', () => {
    const clock = drive(startSession(warmUp, 'a', T0))
    clock.wait(s(60 + 30 + 5 + 30 + 30))
    expect(clock.session.status).toBe('completed')
    expect(routineAccount(clock.session, clock.nowMs)).toMatchObject({
      parts: 4,
      partsSkipped: 0,
      plannedWorkMs: s(150),
      doneWorkMs: s(150),
      activeMs: s(155),
      countsAsDone: true
    })
  })

  it('records a routine skipped through as reaching its end with most parts skipped, not as done', () => {
    const clock = drive(startSession(warmUp, 'a', T0))
    for (let press = 0; press < 5; press++) {
      clock.wait(s(2))
      clock.act(skipSegment)
    }
    expect(clock.session.status).toBe('completed')
    const account = routineAccount(clock.session, clock.nowMs)
    expect(account).toMatchObject({ parts: 4, partsSkipped: 4, activeMs: s(10), countsAsDone: false })
    expect(account.doneFraction).toBeCloseTo(s(8) / s(150))
  })

  it('leaves time spent paused out of the account', () => {
    const clock = drive(startSession(warmUp, 'a', T0))
    clock.wait(s(20))
    clock.act(pauseSession)
    clock.wait(s(600))
    clock.act(resumeSession)
    clock.wait(s(10))
    clock.act(abandonSession)
    const account = routineAccount(clock.session, clock.nowMs)
    expect(account.activeMs).toBe(s(30))
    expect(account.doneWorkMs).toBe(s(30))
    expect(account.countsAsDone).toBe(false)
  })

  it('credits a part done twice after going back only up to its plan', () => {
    const clock = drive(startSession(warmUp, 'a', T0))
    clock.wait(s(59))
    clock.act(previousSegment) // more than 3 s in: the walk starts over
    clock.wait(s(60))
    expect(sessionPosition(clock.session, clock.nowMs).step.id).toBe('stretch')
    const account = routineAccount(clock.session, clock.nowMs)
    expect(account.activeMs).toBe(s(119))
    expect(account.doneWorkMs).toBe(s(60))
  })

  it('counts a routine where most of the planned time was spent as done, even with a skip', () => {
    const clock = drive(startSession(warmUp, 'a', T0))
    clock.wait(s(60 + 30 + 5 + 30))
    clock.act(skipSegment) // the last 30 s hold is skipped at once
    const account = routineAccount(clock.session, clock.nowMs)
    expect(account).toMatchObject({ partsSkipped: 1, doneWorkMs: s(120), countsAsDone: true })
  })

  it('does not count a get-ready countdown as work or as a part', () => {
    const clock = drive(startSession(warmUp, 'a', T0, s(5)))
    clock.wait(s(5 + 60 + 30 + 5 + 5 + 30 + 30))
    expect(clock.session.status).toBe('completed')
    expect(routineAccount(clock.session, clock.nowMs)).toMatchObject({
      parts: 4,
      plannedWorkMs: s(150),
      activeMs: s(165)
    })
  })
})

describe('get ready', () => {
  const brief = (segments: ReturnType<typeof routineSegments>) =>
    segments.map(
      ({ stepIndex, phase, side, durationMs }) => `${stepIndex}:${phase}:${side ?? '-'}:${durationMs / 1000}`
    )

  it('counts down before the first step and after each switch of sides', () => {
    expect(brief(routineSegments(warmUp, s(5)))).toEqual([
      '0:get-ready:-:5',
      '0:work:-:60',
      '1:work:left:30',
      '1:switch-sides:-:5',
      '1:get-ready:right:5',
      '1:work:right:30',
      '2:work:-:30'
    ])
  })

  it('has no get-ready segments when the countdown is set to 0', () => {
    expect(routineSegments(warmUp, 0).some((segment) => segment.phase === 'get-ready')).toBe(false)
  })

  it('shows the first step as coming up during the get-ready countdown, then starts it', () => {
    const session = startSession(warmUp, 'a', T0, s(5))
    const ready = sessionPosition(session, T0 + s(4))
    expect(ready.segment.phase).toBe('get-ready')
    expect(ready.remainingInSegmentMs).toBe(s(1))
    expect(ready.step.id).toBe('walk')
    expect(sessionPosition(session, T0 + s(5)).segment.phase).toBe('work')
  })
})

describe('hold until it eases', () => {
  const relief: Routine = {
    ...warmUp,
    id: 'test-relief',
    purpose: 'relief',
    steps: [
      testStep('stop', { kind: 'rest', durationSeconds: 10 }),
      testStep('stretch', { timing: 'until-eased' }),
      testStep('massage', { kind: 'movement', durationSeconds: 30 })
    ]
  }

  it('counts up for as long as the person holds, never moving on by itself', () => {
    const clock = drive(startSession(relief, 'r', T0))
    clock.wait(s(10 + 95))
    const position = sessionPosition(clock.session, clock.nowMs)
    expect(position.step.id).toBe('stretch')
    expect(position.elapsedInSegmentMs).toBe(s(95))
    expect(position.remainingInSegmentMs).toBe(0)
    // The mini timer and the widget show the time held, not a countdown stuck at 00:00.
    expect(shownClockMs(position)).toBe(s(95))
    expect(clock.session.status).toBe('running')
  })

  it('moves on when the cramp eases, and the account keeps the whole hold', () => {
    const clock = drive(startSession(relief, 'r', T0))
    clock.wait(s(10 + 95))
    clock.act(skipSegment)
    expect(sessionPosition(clock.session, clock.nowMs).step.id).toBe('massage')
    clock.wait(s(30))
    expect(clock.session.status).toBe('completed')
    expect(clock.session.spentMs?.[1]).toBe(s(95))
    expect(routineAccount(clock.session, clock.nowMs).activeMs).toBe(s(135))
  })
})

describe('suggestions (warmth, ice)', () => {
  const relief: Routine = {
    ...warmUp,
    id: 'test-relief-aftercare',
    purpose: 'relief',
    steps: [
      testStep('massage', { kind: 'movement', durationSeconds: 30 }),
      testStep('warmth', { kind: 'rest', timing: 'suggestion', durationSeconds: 60 }),
      testStep('ice', { kind: 'rest', timing: 'suggestion', durationSeconds: 15 })
    ]
  }

  it('are open-ended and optional: the clock counts up and waits for the person', () => {
    const segments = routineSegments(relief)
    expect(segments.map((segment) => [segment.openEnded ?? false, segment.optional ?? false])).toEqual([
      [false, false],
      [true, true],
      [true, true]
    ])
    const clock = drive(startSession(relief, 'r', T0))
    clock.wait(s(30 + 300))
    const position = sessionPosition(clock.session, clock.nowMs)
    expect(position.step.id).toBe('warmth')
    expect(position.elapsedInSegmentMs).toBe(s(300))
    expect(clock.session.status).toBe('running')
  })

  it('are not parts: moving past them at once leaves nothing skipped', () => {
    const clock = drive(startSession(relief, 'r', T0))
    clock.wait(s(30))
    clock.act(skipSegment)
    clock.act(skipSegment)
    expect(clock.session.status).toBe('completed')
    const account = routineAccount(clock.session, clock.nowMs)
    expect(account.parts).toBe(1)
    expect(account.partsSkipped).toBe(0)
    expect(account.countsAsDone).toBe(true)
  })
})
