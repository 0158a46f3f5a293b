/**
 * The routine in progress, kept on disk (`session.json`) so that a crash or a quit in the middle of a
 * warm-up does not lose it: the next start carries on where the clock says the routine is.
 */
import { z } from 'zod'
import type { DocumentDefinition } from '../journal/document'
import { RoutineSchema } from './routine-schema'
import { abandonSession, settleSession, type RoutineSession } from './routine-session'

/** What is stored: the session as the player last held it, and when that was written. */
export interface SavedSession {
  readonly session: RoutineSession | null
  /** The last moment Limber is known to have been running with this session. */
  readonly savedAtMs: number | null
}

/** A paused routine found at start-up is offered again only if it was paused this recently. */
export const RESUMABLE_AFTER_PAUSE_MS = 12 * 60 * 60 * 1000

const instant = z.number().int().nonnegative()

const RoutineSessionSchema = z
  .object({
    id: z.string().min(1).max(64),
    routine: RoutineSchema,
    startedAtMs: instant,
    anchorSegment: z.number().int().nonnegative().max(10_000),
    anchorAtMs: instant,
    pausedAtMs: instant.nullable(),
    status: z.enum(['running', 'paused', 'completed', 'abandoned']),
    endedAtMs: instant.nullable(),
    getReadyMs: z.number().int().min(0).max(60_000).optional(),
    spentMs: z.array(z.number().int().nonnegative()).max(10_000).optional()
  })
  .strict() satisfies z.ZodType<RoutineSession>

const SavedSessionSchema = z
  .object({ session: RoutineSessionSchema.nullable(), savedAtMs: instant.nullable() })
  .strict() satisfies z.ZodType<SavedSession>

/** No routine in progress. */
export const noSavedSession = (): SavedSession => ({ session: null, savedAtMs: null })

/** The session document: all or nothing, since half a session cannot be timed. */
export const sessionDocument: DocumentDefinition<SavedSession> = {
  name: 'session',
  currentVersion: 1,
  migrations: [],
  defaults: noSavedSession,
  salvage: (candidate) => {
    const parsed = SavedSessionSchema.safeParse(candidate)
    return parsed.success ? { value: parsed.data, dropped: [] } : { value: noSavedSession(), dropped: ['session'] }
  }
}

/** What a start-up does with the saved session: keep it in the player, and/or journal it as ended. */
export interface RestoredSession {
  /** The session the player carries on with, or null. */
  readonly session: RoutineSession | null
  /** A session that ended while Limber was not running: journal it (it never counts as done). */
  readonly ended: RoutineSession | null
}

/**
 * Decides at start-up what happens to the session Limber had when it last ran.
 * - Already over (completed or stopped, so already journalled): nothing to do.
 * - Running and not yet finished: it carries on from its timestamps, as if Limber had never stopped.
 * - Running, but it would have finished while Limber was down: nobody saw it through, so it is kept as
 *   stopped at the last moment Limber saw it, never as done.
 * - Paused: offered again if it was paused within the last 12 hours, else kept as stopped where it was paused.
 */
export function restoreSession(saved: SavedSession, nowMs: number): RestoredSession {
  const { session } = saved
  if (session === null || session.status === 'completed' || session.status === 'abandoned') {
    return { session: null, ended: null }
  }
  if (session.status === 'paused') {
    const pausedAtMs = session.pausedAtMs ?? session.startedAtMs
    if (nowMs - pausedAtMs <= RESUMABLE_AFTER_PAUSE_MS) return { session, ended: null }
    return { session: null, ended: abandonSession(session, pausedAtMs) }
  }
  if (settleSession(session, nowMs) === session) return { session, ended: null }
  // The last moment seen, capped to just before the routine's end so it cannot settle into "completed".
  const lastSeenMs = Math.max(session.startedAtMs, saved.savedAtMs ?? session.startedAtMs)
  const stopped = abandonSession(session, lastSeenMs)
  if (stopped.status === 'abandoned') return { session: null, ended: stopped }
  return { session: null, ended: { ...stopped, status: 'abandoned' } }
}
