import { useCallback, useEffect, useState } from 'react'
import type { HistoryView } from '../../../core/history/history'
import { useLoadedSelector } from '../api/app-state'
import { call } from '../api/companion'

/** Where the History screen is with its figures. A refresh keeps the figures already shown until new ones arrive. */
export type HistoryLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly history: HistoryView }

/** Asks for the history on mount and again whenever the shared state changes (a drink logged, an import, …). */
export function useHistory(): { readonly load: HistoryLoad; readonly retry: () => void } {
  // A new state object arrives with every pushed change: each one is a reason to ask again.
  const stateVersion = useLoadedSelector((state) => state) ?? null
  const [load, setLoad] = useState<HistoryLoad>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let active = true
    void call('getHistory', {}).then((outcome) => {
      if (!active) return
      if (outcome.ok) setLoad({ status: 'ready', history: outcome.value })
      else setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'failed' }))
    })
    return () => {
      active = false
    }
  }, [stateVersion, attempt])

  const retry = useCallback(() => {
    setLoad({ status: 'loading' })
    setAttempt((previous) => previous + 1)
  }, [])

  return { load, retry }
}
