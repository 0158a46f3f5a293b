import type { AppState, StateChanges, StateKey, StateSnapshot } from '../../../contract/state'

/** The window's copy of the state, with the revision each slice was last set at. */
export interface VersionedState {
  readonly state: AppState
  /** The revision of the snapshot the state started from. */
  readonly base: number
  /** Slices set by a change since, and that change's revision. */
  readonly revisions: Readonly<Partial<Record<StateKey, number>>>
}

/** The window's state from a `getState` snapshot (start-up, reconnect). */
export const fromSnapshot = (snapshot: StateSnapshot): VersionedState => ({
  state: snapshot.state,
  base: snapshot.revision,
  revisions: {}
})

type MutableSlices = { -readonly [K in StateKey]?: AppState[K] }

/** Copies one slice (a generic key keeps its own value type). */
function copySlice<K extends StateKey>(target: MutableSlices, slices: Partial<AppState>, key: K): void {
  target[key] = slices[key]
}

/**
 * Applies a change that arrived as a reply or as an event, once: each slice is taken only when the change is
 * newer than what set that slice last, so a reply and its event (the same revision) apply once, and a late,
 * older change never undoes a newer one. Answers `current` itself when nothing was newer.
 */
export function applyChanges(current: VersionedState, changes: StateChanges): VersionedState {
  const isStateKey = (key: string): key is StateKey => Object.hasOwn(current.state, key)
  const taken: MutableSlices = {}
  const revisions: Partial<Record<StateKey, number>> = { ...current.revisions }
  let any = false
  for (const key of Object.keys(changes.slices)) {
    if (!isStateKey(key) || changes.revision <= (current.revisions[key] ?? current.base)) continue
    copySlice(taken, changes.slices, key)
    revisions[key] = changes.revision
    any = true
  }
  return any ? { state: { ...current.state, ...taken }, base: current.base, revisions } : current
}
