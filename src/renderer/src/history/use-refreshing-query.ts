import { useCallback, useEffect, useState } from 'react'
import type { CallInput, CallResults } from '../../../contract/contract'
import { useLoadedSelector } from '../api/app-state'
import { call } from '../api/companion'

/** Where a screen is with a query's answer. A refresh keeps the answer already shown until a new one arrives. */
export type QueryLoad<T> =
  { readonly status: 'loading' } | { readonly status: 'failed' } | { readonly status: 'ready'; readonly value: T }

/** The History screen's queries: figures computed from the journal on request, with no input. */
export type FigureQuery = 'getHistory' | 'getPatterns'

/** Asks a query on mount and again whenever the shared state changes (a drink logged, an import, …). */
export function useRefreshingQuery<N extends FigureQuery>(
  name: N
): { readonly load: QueryLoad<CallResults[N]>; readonly retry: () => void } {
  // A new state object arrives with every pushed change: each one is a reason to ask again.
  const stateVersion = useLoadedSelector((state) => state) ?? null
  const [load, setLoad] = useState<QueryLoad<CallResults[N]>>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let active = true
    // Both queries take no input; the generic name hides that from the compiler.
    void call(name, {} as CallInput<N>).then((outcome) => {
      if (!active) return
      if (outcome.ok) setLoad({ status: 'ready', value: outcome.value })
      else setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'failed' }))
    })
    return () => {
      active = false
    }
  }, [name, stateVersion, attempt])

  const retry = useCallback(() => {
    setLoad({ status: 'loading' })
    setAttempt((previous) => previous + 1)
  }, [])

  return { load, retry }
}
