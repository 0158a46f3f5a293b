import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react'
import type { ContractError } from '../../../contract/contract'
import type { AppState } from '../../../contract/state'
import type { AppStore, PerformCall, Performed } from './app-store'
import type { CallName } from '../../../contract/call-table'

export type { AppStateView, PerformCall, Performed } from './app-store'

const AppStoreContext = createContext<AppStore | null>(null)

/** Shares one store with every screen (the window's own in the app, a test's in tests). */
export function AppStateProvider({ store, children }: { readonly store: AppStore; readonly children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>
}

function useAppStore(): AppStore {
  const store = useContext(AppStoreContext)
  if (!store) throw new Error('The app state is read inside <AppStateProvider>')
  return store
}

/**
 * What `read` picks from the store, re-rendering the component only when that pick changes (by reference).
 * The pick is remembered per store snapshot and `read`, so a pick that builds a new object does not loop.
 */
function useStorePick<T>(read: (store: AppStore) => T, key: (store: AppStore) => unknown): T {
  const store = useAppStore()
  const memo = useRef<{ key: unknown; read: unknown; value: T } | null>(null)
  const pick = (): T => {
    const current = key(store)
    const last = memo.current
    if (last && last.key === current && last.read === read) return last.value
    const value = read(store)
    memo.current = { key: current, read, value }
    return value
  }
  return useSyncExternalStore(store.subscribe, pick, pick)
}

/**
 * A part of the loaded state, e.g. `useAppSelector((state) => state.today)`: the component re-renders only when
 * that part changes. For components inside <StateGate> (the state has loaded).
 */
export function useAppSelector<T>(select: (state: AppState) => T): T {
  return useStorePick(
    (store) => select(store.getState()),
    (store) => store.getState()
  )
}

/** Like useAppSelector, for components that also show while the state loads: undefined until it is ready. */
export function useLoadedSelector<T>(select: (state: AppState) => T): T | undefined {
  return useStorePick(
    (store) => {
      const view = store.getView()
      return view.status === 'ready' ? select(view.state) : undefined
    },
    (store) => store.getView()
  )
}

/** Loading, failed (with why) or ready, without the state itself: re-renders only when that changes. */
export type LoadStatus =
  { readonly status: 'loading' | 'ready' } | { readonly status: 'failed'; readonly error: ContractError }

const ready: LoadStatus = { status: 'ready' }

export function useLoadStatus(): LoadStatus {
  return useStorePick(
    (store) => {
      const view = store.getView()
      return view.status === 'ready' ? ready : view
    },
    (store) => store.getView()
  )
}

/** Calls that return their outcome (for field errors) and show the state they changed at once; `reload` after a failed load. */
export function useAppActions(): { readonly perform: PerformCall; readonly reload: () => void } {
  const store = useAppStore()
  return store
}

/** A performed call seen as the state it left (for forms that read back what was saved). */
export const stateOutcome = (
  outcome: Performed<CallName>
): { readonly ok: true; readonly value: AppState } | { readonly ok: false; readonly error: ContractError } =>
  outcome.ok ? { ok: true, value: outcome.state } : outcome
