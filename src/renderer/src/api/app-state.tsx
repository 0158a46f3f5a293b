import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { CallInput, CallOutcome, ContractError } from '../../../contract/contract'
import { queryCallNames, type CallName } from '../../../contract/names'
import type { AppState } from '../../../contract/state'
import { call, companion } from './companion'

/** Where the window is with the service's state: still loading, failed to load, or holding a snapshot. */
export type AppStateView =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ContractError }
  | { readonly status: 'ready'; readonly state: AppState }

/** Runs a call and, when it succeeds, shows the state it returned at once. */
export type PerformCall = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutcome<N>>

interface AppStateContextValue {
  readonly view: AppStateView
  readonly perform: PerformCall
  readonly reload: () => void
}

const AppStateContext = createContext<AppStateContextValue | null>(null)

/** The first load starts when this module runs, so it overlaps React's start-up instead of following it. */
const firstLoad = call('getState', {})

/** Loads the state once, follows `stateChanged` events and shares both with every screen. */
export function AppStateProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [view, setView] = useState<AppStateView>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let active = true
    let pushed = false
    const unsubscribe = companion.subscribe('stateChanged', (state) => {
      pushed = true
      if (active) setView({ status: 'ready', state })
    })
    void (attempt === 0 ? firstLoad : call('getState', {})).then((outcome) => {
      // A pushed state is at least as new as this answer, so it wins.
      if (!active || (pushed && outcome.ok)) return
      setView(outcome.ok ? { status: 'ready', state: outcome.value } : { status: 'failed', error: outcome.error })
    })
    return () => {
      active = false
      unsubscribe()
    }
  }, [attempt])

  const perform = useCallback<PerformCall>(async (name, input) => {
    const outcome = await call(name, input)
    if (outcome.ok) {
      // Most calls answer with the new state; an import wraps it with its report; queries carry data only.
      const state = name === 'importData' ? (outcome.value as { state: AppState }).state : (outcome.value as AppState)
      if (!(queryCallNames as readonly string[]).includes(name)) setView({ status: 'ready', state })
    }
    return outcome
  }, [])

  const reload = useCallback(() => {
    setView({ status: 'loading' })
    setAttempt((previous) => previous + 1)
  }, [])

  const value = useMemo(() => ({ view, perform, reload }), [view, perform, reload])
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>
}

/** The shared state view plus `perform` (calls that return the outcome, for field errors) and `reload`. */
export function useAppState(): AppStateContextValue {
  const value = useContext(AppStateContext)
  if (!value) throw new Error('useAppState must be used inside <AppStateProvider>')
  return value
}
