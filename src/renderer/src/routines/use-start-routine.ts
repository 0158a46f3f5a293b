import { useCallback, useState } from 'react'
import { useAppActions } from '../api/app-state'
import { t } from '../i18n/i18n'
import { loadPlayer } from '../player/load-player'
import { navigateTo } from '../shell/navigation'

/** Starts a routine and opens the player; `failure` says so when the service refused. */
export function useStartRoutine(): { readonly start: (routineId: string) => Promise<void>; readonly failure: string } {
  const { perform } = useAppActions()
  const [failure, setFailure] = useState('')
  const start = useCallback(
    async (routineId: string): Promise<void> => {
      // The player's code loads while the service starts the session.
      void loadPlayer()
      const outcome = await perform('startRoutine', { routineId })
      setFailure(outcome.ok ? '' : t('today.startRoutineFailed'))
      if (outcome.ok) navigateTo('player')
    },
    [perform]
  )
  return { start, failure }
}
