import { describe, expect, it } from 'vitest'
import { builtInRoutine } from '../../../core/routines/builtin-routines'
import type { Routine } from '../../../core/routines/routine'
import { routineSegments, sessionPosition, startSession } from '../../../core/routines/routine-session'
import { liveAnnouncement, nextPreview, segmentName } from './session-text'

const routine: Routine = {
  id: 'test',
  name: 'Test routine',
  purpose: 'warm-up',
  description: '',
  builtIn: false,
  sourceIds: [],
  steps: [
    {
      id: 'walk',
      name: 'Walk',
      instructions: '',
      kind: 'cardio',
      durationSeconds: 60,
      sides: 'none',
      sets: 1,
      restSeconds: 0,
      sourceIds: []
    },
    {
      id: 'swings',
      name: 'Leg swings',
      instructions: '',
      kind: 'reps',
      reps: 12,
      secondsPerRep: 2,
      sides: 'both',
      sets: 2,
      restSeconds: 10,
      sourceIds: []
    },
    {
      id: 'lunges',
      name: 'Walking lunges',
      instructions: '',
      kind: 'reps',
      reps: 10,
      secondsPerRep: 3,
      sides: 'both',
      sets: 1,
      restSeconds: 0,
      sourceIds: []
    }
  ]
}
const segments = routineSegments(routine)
const session = startSession(routine, 's1', 0)
/** The position `atMs` after the start of segment `index`. */
const at = (index: number, atMs = 0) =>
  sessionPosition(session, segments.slice(0, index).reduce((sum, segment) => sum + segment.durationMs, 0) + atMs)

describe('segment words', () => {
  it('names the leg, and the set when a step has several', () => {
    expect(nextPreview(routine, segments[0] ?? null)).toBe('Next: Walk')
    expect(segmentName(routine, segments[1]!)).toBe('Leg swings (set 1 of 2, left leg)')
    expect(nextPreview(routine, segments[8]!)).toBe('Next: Walking lunges (left leg)')
    expect(nextPreview(routine, null)).toBe('Last step of the routine.')
  })

  it('calls the pauses what they are', () => {
    expect(segmentName(routine, segments[2]!)).toBe('Switch sides')
    expect(segmentName(routine, segments[4]!)).toBe('Rest')
  })
})

describe('screen-reader announcements', () => {
  it('describes a segment once, with its length, for its whole time', () => {
    expect(liveAnnouncement(session, at(1))).toBe('Leg swings, left leg, set 1 of 2, 24 seconds')
    expect(liveAnnouncement(session, at(1, 15_000))).toBe('Leg swings, left leg, set 1 of 2, 24 seconds')
    expect(liveAnnouncement(session, at(2))).toBe('Switch sides, right leg, 5 seconds')
  })

  it('counts down only the last three seconds of work', () => {
    expect(liveAnnouncement(session, at(1, 21_500))).toBe('3')
    expect(liveAnnouncement(session, at(1, 22_000))).toBe('2')
    expect(liveAnnouncement(session, at(1, 23_999))).toBe('1')
    expect(liveAnnouncement(session, at(2, 3_000))).toBe('Switch sides, right leg, 5 seconds')
  })

  it('says when the routine is complete', () => {
    expect(liveAnnouncement(session, sessionPosition(session, 10 * 60_000))).toBe('Routine complete')
  })

  it('works for the built-in warm-up', () => {
    const warmUp = builtInRoutine('warm-up')!
    const started = startSession(warmUp, 'w', 0)
    expect(liveAnnouncement(started, sessionPosition(started, 0))).toBe('Brisk walk or easy jog, 5 minutes')
  })
})
