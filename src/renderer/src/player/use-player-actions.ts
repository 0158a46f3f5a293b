import { useCallback, useMemo, useState } from 'react'
import type { CallName } from '../../../contract/contract'
import type { RoutineSession } from '../../../core/routines/routine-session'
import { useAppActions } from '../api/app-state'
import { t } from '../i18n/i18n'
import { requestHeadingFocus } from '../shell/heading-focus'
import { unlockAudio } from './cue-output'
import '../i18n/routine-strings'

/** The calls that drive a session, plus the last failure to show. */
export interface PlayerActions {
  readonly togglePause: () => void
  readonly skip: () => void
  readonly back: () => void
  readonly restart: () => void
  /** A new session of the same routine, for an ended one (the service restarts only sessions still going). */
  readonly startAgain: () => void
  readonly stop: () => void
  readonly close: () => Promise<boolean>
  readonly failure: string
}

type SessionCall = Extract<
  CallName,
  | 'pauseRoutine'
  | 'resumeRoutine'
  | 'skipRoutineStep'
  | 'previousRoutineStep'
  | 'restartRoutine'
  | 'stopRoutine'
  | 'closeRoutine'
>

/** Player buttons and shortcuts: each one call; a press is also the user gesture that lets the beeps sound. */
export function usePlayerActions(session: RoutineSession | null): PlayerActions {
  const { perform } = useAppActions()
  const [failure, setFailure] = useState('')
  const run = useCallback(
    async (name: SessionCall): Promise<boolean> => {
      unlockAudio()
      const outcome = await perform(name, {})
      setFailure(outcome.ok ? '' : t('player.actionFailed'))
      return outcome.ok
    },
    [perform]
  )
  const startAgain = useCallback(
    async (routineId: string): Promise<void> => {
      unlockAudio()
      // The new session's player takes focus at its heading, as after opening it from the routines.
      requestHeadingFocus()
      const outcome = await perform('startRoutine', { routineId })
      setFailure(outcome.ok ? '' : t('player.actionFailed'))
    },
    [perform]
  )
  const paused = session?.status === 'paused'
  const routineId = session?.routine.id
  return useMemo(
    () => ({
      togglePause: () => void run(paused ? 'resumeRoutine' : 'pauseRoutine'),
      skip: () => void run('skipRoutineStep'),
      back: () => void run('previousRoutineStep'),
      restart: () => void run('restartRoutine'),
      startAgain: () => {
        if (routineId !== undefined) void startAgain(routineId)
      },
      stop: () => void run('stopRoutine'),
      close: () => run('closeRoutine'),
      failure
    }),
    [run, startAgain, paused, routineId, failure]
  )
}
