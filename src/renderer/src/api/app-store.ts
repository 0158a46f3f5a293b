import type { CallInput, CallOutcome, ContractError } from '../../../contract/contract'
import { queryCallNames, type CallName } from '../../../contract/names'
import type { AppState } from '../../../contract/state'

/** Where the window is with the service's state: still loading, failed to load, or holding a snapshot. */
export type AppStateView =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: ContractError }
  | { readonly status: 'ready'; readonly state: AppState }

/** The top-level parts of the state that changed since the previous revision (the service counts one per change). */
export interface StateChanges {
  readonly revision: number
  readonly slices: Partial<AppState>
}

/** Runs a call and, when it succeeds, shows the state it returned at once. */
export type PerformCall = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutcome<N>>

/** How the store reaches the service: one call at a time, and the pushed state. */
export interface StoreTransport {
  readonly call: <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutcome<N>>
  /** The pushed state: a change set, or (before the service sends revisions) the whole state. */
  readonly onStateChanged: (listener: (pushed: StateChanges | AppState) => void) => () => void
}

/** The window's copy of the service's state, read through selectors (see useAppSelector). */
export interface AppStore {
  readonly getView: () => AppStateView
  /** The newest loaded state, kept while a reload is under way; throws before the first load. */
  readonly getState: () => AppState
  readonly subscribe: (listener: () => void) => () => void
  /** Applies a change set once: a revision already applied (the reply and the event of one call) is ignored. */
  readonly apply: (changes: StateChanges) => void
  /** Takes a whole state (start-up, reconnect, a push), keeping every part whose content did not change. */
  readonly replace: (state: AppState) => void
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A change set (`{ revision, slices }`), told apart from a whole state, which has no `revision`. */
export function isStateChanges(value: unknown): value is StateChanges {
  return isObject(value) && typeof value.revision === 'number' && isObject(value.slices)
}

/** `getState`'s `{ revision, state }`, or a bare state as the service sends it before revisions. */
function revisioned(value: unknown): { readonly revision?: number; readonly state: AppState } {
  return isObject(value) && typeof value.revision === 'number' && isObject(value.state)
    ? { revision: value.revision, state: value.state as unknown as AppState }
    : { state: value as AppState }
}

const isWholeState = (value: unknown): value is AppState =>
  isObject(value) && isObject(value.settings) && isObject(value.today) && typeof value.mode === 'string'

/**
 * What a successful call changed: its `changes`, or (while calls still answer with the whole state) that state;
 * queries carry data only.
 */
function changesOf(name: CallName, outcome: { readonly value: unknown }): StateChanges | AppState | undefined {
  const changes = (outcome as { readonly changes?: unknown }).changes
  if (isStateChanges(changes)) return changes
  if ((queryCallNames as readonly string[]).includes(name)) return undefined
  const value = name === 'importData' && isObject(outcome.value) ? outcome.value.state : outcome.value
  return isWholeState(value) ? value : undefined
}

/**
 * A small external store for `useSyncExternalStore`. `initial` is a state the page already holds (inlined in
 * browser mode, handed over by the preload on the desktop), so the first paint does not wait for a round trip.
 */
export function createAppStore(transport: StoreTransport, initial?: AppState): AppStore {
  let view: AppStateView = initial ? { status: 'ready', state: initial } : { status: 'loading' }
  let loaded: AppState | undefined = initial
  let revision = -1
  let pushedSinceLoad = false
  let load = 0
  const listeners = new Set<() => void>()

  const show = (next: AppStateView): void => {
    if (next === view) return
    view = next
    if (next.status === 'ready') loaded = next.state
    for (const listener of [...listeners]) listener()
  }
  const take = (slices: Partial<AppState>): void => {
    const state = shareUnchanged(loaded, slices)
    show(view.status === 'ready' && view.state === state ? view : { status: 'ready', state })
  }

  const fetchState = (): void => {
    const attempt = (load += 1)
    pushedSinceLoad = false
    void transport.call('getState', {}).then((outcome) => {
      if (attempt !== load) return
      if (!outcome.ok) {
        if (view.status !== 'ready') show({ status: 'failed', error: outcome.error })
        return
      }
      const answer = revisioned(outcome.value)
      // A pushed state is at least as new as an answer without a revision, so it wins.
      if (answer.revision === undefined ? pushedSinceLoad : answer.revision <= revision) return
      revision = Math.max(revision, answer.revision ?? -1)
      take(answer.state)
    })
  }

  const apply = (changes: StateChanges): void => {
    // Before the first whole state there is nothing to apply a part to; getState brings everything.
    if (changes.revision <= revision || !loaded) return
    revision = changes.revision
    take(changes.slices)
  }
  const receive = (pushed: StateChanges | AppState): void => {
    pushedSinceLoad = true
    if (isStateChanges(pushed)) apply(pushed)
    else take(pushed)
  }

  transport.onStateChanged(receive)
  if (!initial) fetchState()

  return {
    getView: () => view,
    getState: () => {
      if (!loaded) throw new Error('The state has not loaded yet: read it inside <StateGate>')
      return loaded
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    apply,
    replace: take,
    perform: async (name, input) => {
      const outcome = await transport.call(name, input)
      const changes = outcome.ok ? changesOf(name, outcome) : undefined
      if (changes) {
        if (isStateChanges(changes)) apply(changes)
        else take(changes)
      }
      return outcome
    },
    reload: () => {
      show({ status: 'loading' })
      fetchState()
    }
  }
}
