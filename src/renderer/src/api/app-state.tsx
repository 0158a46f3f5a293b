import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { CallInput, CallName, CallResults, ContractError } from '../../../contract/contract'
import type { AppState, StateChanges } from '../../../contract/state'
import { call, companion } from './companion'
import { applyChanges, fromSnapshot, type VersionedState } from './state-changes'

/** Where the window is with the service's state: still loading, failed to load, or holding a snapshot. */
export type AppStateView =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ContractError }
  | { readonly status: 'ready'; readonly state: AppState }

/** A call's outcome as a screen sees it: the call's own result, and the state once its changes are applied. */
export type Performed<N extends CallName> =
  | { readonly ok: true; readonly value: CallResults[N]; readonly state: AppState }
  | { readonly ok: false; readonly error: ContractError }

/** Runs a call and, when it succeeds, applies the changes it answered with at once. */
export type PerformCall = <N extends CallName>(name: N, input: CallInput<N>) => Promise<Performed<N>>

interface AppStateContextValue {
  readonly view: AppStateView
  readonly perform: PerformCall
  readonly reload: () => void
}

const AppStateContext = createContext<AppStateContextValue | null>(null)

/** The first load starts when this module runs, so it overlaps React's start-up instead of following it. */
const firstLoad = call('getState', {})

/** Loads the state once, applies `stateChanged` events and call replies once each, and shares it with every screen. */
export function AppStateProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [view, setView] = useState<AppStateView>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  // The versioned copy the changes are applied to; `view` shows its state.
  const versioned = useRef<VersionedState | undefined>(undefined)
  // While a snapshot is being fetched after a missed change: the changes that arrive meanwhile.
  const resyncing = useRef<StateChanges[] | null>(null)

  const apply = useCallback((changes: StateChanges): AppState | undefined => {
    const current = versioned.current
    if (!current) return undefined
    resyncing.current?.push(changes)
    const next = applyChanges(current, changes)
    if (next.stale && !resyncing.current) {
      // A change was missed (a dropped event): start again from a snapshot, with what arrives meanwhile on top.
      resyncing.current = []
      void call('getState', {}).then((outcome) => {
        const queued = resyncing.current ?? []
        resyncing.current = null
        if (!outcome.ok || !versioned.current) return
        const fresh = queued.reduce(applyChanges, fromSnapshot(outcome.value))
        versioned.current = fresh
        setView({ status: 'ready', state: fresh.state })
      })
    }
    if (next !== current) {
      versioned.current = next
      if (next.state !== current.state) setView({ status: 'ready', state: next.state })
    }
    return next.state
  }, [])

  useEffect(() => {
    let active = true
    // Changes pushed before the snapshot arrives wait for it (the older ones are then skipped by revision).
    const early: StateChanges[] = []
    const unsubscribe = companion.subscribe('stateChanged', (changes) => {
      if (!active) return
      if (versioned.current) apply(changes)
      else early.push(changes)
    })
    void (attempt === 0 ? firstLoad : call('getState', {})).then((outcome) => {
      if (!active) return
      if (!outcome.ok) {
        setView({ status: 'failed', error: outcome.error })
        return
      }
      versioned.current = fromSnapshot(outcome.value)
      setView({ status: 'ready', state: outcome.value.state })
      for (const changes of early.splice(0)) apply(changes)
    })
    return () => {
      active = false
      versioned.current = undefined
      unsubscribe()
    }
  }, [attempt, apply])

  const perform = useCallback<PerformCall>(
    async (name, input) => {
      const outcome = await call(name, input)
      if (!outcome.ok) return outcome
      const state = (outcome.changes ? apply(outcome.changes) : undefined) ?? versioned.current?.state
      if (!state) return { ok: false, error: { code: 'internal', message: 'The state is not loaded', issues: [] } }
      return { ok: true, value: outcome.value, state }
    },
    [apply]
  )

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

/** A performed call seen as the state it left (for forms that read back what was saved). */
export const stateOutcome = (
  outcome: Performed<CallName>
): { readonly ok: true; readonly value: AppState } | { readonly ok: false; readonly error: ContractError } =>
  outcome.ok ? { ok: true, value: outcome.state } : outcome
