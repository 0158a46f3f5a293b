import { describe, expect, it } from 'vitest'
import { recoverDocument } from '../journal/document'
import type { Routine } from './routine'
import { pauseSession, routineTotalMs, sessionPosition, startSession } from './routine-session'
import { RESUMABLE_AFTER_PAUSE_MS, restoreSession, sessionDocument } from './session-document'
import { testRoutine, testStep } from './testing/routine-fixtures'

const start = new Date(2026, 10, 25, 7, 0).getTime()
const minute = 60_000

/** Two one-minute holds: two minutes in all, no sides. */
const routine: Routine = testRoutine(
  ['first', 'second'].map((id) => testStep(id, { durationSeconds: 60 })),
  { id: 'two-holds', name: 'Two holds' }
)
const running = startSession(routine, 'session-1', start)

describe('restoring the routine in progress at start-up', () => {
  it('has nothing to restore when nothing was running or the session had already ended', () => {
    expect(restoreSession({ session: null, savedAtMs: null }, start)).toEqual({ session: null, ended: null })
    const completed = { ...running, status: 'completed' as const, endedAtMs: start + 2 * minute }
    expect(restoreSession({ session: completed, savedAtMs: start }, start + 5 * minute)).toEqual({
      session: null,
      ended: null
    })
  })

  it('carries on a running routine from its timestamps, as if Limber had never stopped', () => {
    const restored = restoreSession({ session: running, savedAtMs: start + 10_000 }, start + 70_000)
    expect(restored).toEqual({ session: running, ended: null })
    const position = sessionPosition(restored.session!, start + 70_000)
    expect(position.step.id).toBe('second')
    expect(position.remainingInSegmentMs).toBe(50_000)
  })

  it('keeps a routine that would have finished while Limber was down as stopped where it was last seen, never as done', () => {
    expect(routineTotalMs(routine)).toBe(2 * minute)
    const restored = restoreSession({ session: running, savedAtMs: start + 90_000 }, start + 30 * minute)
    expect(restored.session).toBeNull()
    expect(restored.ended).toMatchObject({ status: 'abandoned', endedAtMs: start + 90_000 })
    expect(sessionPosition(restored.ended!, start + 30 * minute).step.id).toBe('second')
  })

  it('never records a routine as ending before it started, even without a save time', () => {
    const restored = restoreSession({ session: running, savedAtMs: null }, start + 30 * minute)
    expect(restored.ended).toMatchObject({ status: 'abandoned', endedAtMs: start })
  })

  it('offers a paused routine again within 12 hours, with the time it had left', () => {
    const paused = pauseSession(running, start + 45_000)
    const justInTime = start + 45_000 + RESUMABLE_AFTER_PAUSE_MS
    const restored = restoreSession({ session: paused, savedAtMs: start + 45_000 }, justInTime)
    expect(restored).toEqual({ session: paused, ended: null })
    expect(sessionPosition(restored.session!, justInTime).remainingTotalMs).toBe(75_000)
  })

  it('keeps a routine paused for longer than 12 hours as stopped where it was paused', () => {
    const paused = pauseSession(running, start + 45_000)
    const restored = restoreSession(
      { session: paused, savedAtMs: start + 45_000 },
      start + 45_001 + RESUMABLE_AFTER_PAUSE_MS
    )
    expect(restored.session).toBeNull()
    expect(restored.ended).toMatchObject({ status: 'abandoned', endedAtMs: start + 45_000 })
  })
})

describe('the session file', () => {
  it('reads back what was written', () => {
    const saved = { session: running, savedAtMs: start }
    const raw = JSON.stringify({ schemaVersion: 1, ...saved })
    expect(recoverDocument(sessionDocument, raw)).toEqual({ value: saved })
  })

  it('sets aside a session it cannot time, whole, and reports it', () => {
    const broken = { ...running, routine: { ...routine, steps: [] } }
    const recovered = recoverDocument(
      sessionDocument,
      JSON.stringify({ schemaVersion: 1, session: broken, savedAtMs: 1 })
    )
    expect(recovered.value).toEqual({ session: null, savedAtMs: null })
    expect(recovered.problem).toEqual({ reason: 'invalid', dropped: ['session'] })
  })

  it('treats unreadable text as no session, and says so', () => {
    const recovered = recoverDocument(sessionDocument, '{"session": {"id": "x"')
    expect(recovered.value).toEqual({ session: null, savedAtMs: null })
    expect(recovered.problem?.reason).toBe('unreadable')
  })
})
