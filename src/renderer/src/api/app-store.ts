import type { CallName } from '../../../contract/call-table'
import type { CallInput, CallOutcome, CallResults, ContractError } from '../../../contract/contract'
import type { AppState, StateChanges, StateSnapshot } from '../../../contract/state'
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

/** How the store reaches the service: one call at a time, and the pushed state. */
export interface StoreTransport {
  readonly call: <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutcome<N>>
  /** The pushed changes (a new stream starts with every slice at the current revision). */
  readonly onStateChanged: (listener: (changes: StateChanges) => void) => () => void
}

/** The window's copy of the service's state, read through selectors (see useAppSelector). */
export interface AppStore {
  readonly getView: () => AppStateView
  /** The newest loaded state, kept while a reload is under way; throws before the first load. */
  readonly getState: () => AppState
  readonly subscribe: (listener: () => void) => () => void
  /** Applies a change set once: a revision already applied (the reply and the event of one call) is ignored. */
  readonly apply: (changes: StateChanges) => void
  readonly perform: PerformCall
  /** Asks for the whole state again (after a failed load). */
  readonly reload: () => void
}

/** Deep equality for JSON-shaped data; stops at the first difference. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameContent(item, b[index]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left)
  if (keys.length !== Object.keys(right).length) return false
  return keys.every((key) => Object.hasOwn(right, key) && sameContent(left[key], right[key]))
}

/**
 * `next` with the previous reference for every top-level part whose content did not change, so a selector
 * reading an unchanged part gets the same object; `previous` itself when nothing changed.
 */
export function shareUnchanged(previous: AppState | undefined, next: Partial<AppState>): AppState {
  if (!previous) return next as AppState
  let changed = false
  const merged: Record<string, unknown> = { ...previous }
  for (const [key, value] of Object.entries(next)) {
    const before = (previous as unknown as Record<string, unknown>)[key]
    if (sameContent(before, value)) continue
    merged[key] = value
    changed = true
  }
  return changed ? (merged as unknown as AppState) : previous
}

/**
 * A small external store for `useSyncExternalStore`. `initial` is a snapshot the page already holds (inlined in
 * browser mode), so the first paint does not wait for a round trip. Changes are applied with `applyChanges`: once
 * each, never undoing a newer one; a patch this copy cannot apply (it missed a change) asks for a snapshot again.
 */
export function createAppStore(transport: StoreTransport, initial?: StateSnapshot): AppStore {
  let versioned: VersionedState | undefined = initial && fromSnapshot(initial)
  let view: AppStateView = versioned ? { status: 'ready', state: versioned.state } : { status: 'loading' }
  // Changes that arrive while a snapshot is on its way: applied on top of it.
  let queued: StateChanges[] | null = null
  const listeners = new Set<() => void>()

  const show = (next: AppStateView): void => {
    if (next === view) return
    view = next
    for (const listener of [...listeners]) listener()
  }
  const settle = (next: VersionedState): void => {
    const before = versioned?.state
    // A whole snapshot or a burst brings new objects for every slice: keep the old ones whose content is the same.
    const state = shareUnchanged(before, next.state)
    versioned = state === next.state ? next : { ...next, state }
    if (state !== before) show({ status: 'ready', state })
    if (next.stale) fetchState()
  }

  const fetchState = (): void => {
    if (queued) return
    queued = []
    void transport.call('getState', {}).then((outcome) => {
      const pending = queued ?? []
      queued = null
      if (!outcome.ok) {
        if (view.status !== 'ready') show({ status: 'failed', error: outcome.error })
        return
      }
      settle(pending.reduce(applyChanges, fromSnapshot(outcome.value)))
    })
  }

  const apply = (changes: StateChanges): void => {
    queued?.push(changes)
    if (versioned) settle(applyChanges(versioned, changes))
  }

  transport.onStateChanged(apply)
  if (!versioned) fetchState()

  return {
    getView: () => view,
    getState: () => {
      if (!versioned) throw new Error('The state has not loaded yet: read it inside <StateGate>')
      return versioned.state
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    apply,
    perform: async <N extends CallName>(name: N, input: CallInput<N>): Promise<Performed<N>> => {
      const outcome: CallOutcome<N> = await transport.call(name, input)
      if (!outcome.ok) return outcome
      if (outcome.changes) apply(outcome.changes)
      if (!versioned)
        return { ok: false, error: { code: 'internal', message: 'The state has not loaded yet', issues: [] } }
      return { ok: true, value: outcome.value, state: versioned.state }
    },
    reload: () => {
      show({ status: 'loading' })
      fetchState()
    }
  }
}
