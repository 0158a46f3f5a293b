import { applyJsonPatch } from '../../../contract/json-patch'
import type { AppState, SlicePatch, StateChanges, StateKey, StateSnapshot } from '../../../contract/state'

/** The window's copy of the state, with the revision each slice was last set at. */
export interface VersionedState {
  readonly state: AppState
  /** The revision of the snapshot the state started from. */
  readonly base: number
  /** Slices set by a change since, and that change's revision. */
  readonly revisions: Readonly<Partial<Record<StateKey, number>>>
  /** A patch came for a slice this copy missed a change of: ask for a snapshot (getState) again. */
  readonly stale?: boolean
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

/** A slice patched from its current value (the patch was made from the same value, so the result has its type). */
function patchSlice<K extends StateKey>(target: MutableSlices, state: AppState, key: K, patch: SlicePatch): void {
  target[key] = applyJsonPatch(state[key], patch.ops) as AppState[K]
}

/**
 * Applies a change that arrived as a reply or as an event, once: each slice is taken only when the change is
 * newer than what set that slice last, so a reply and its event (the same revision) apply once, and a late,
 * older change never undoes a newer one. A patch applies only to the value it was made from; when this copy
 * missed a change of that slice, the result is marked `stale` (ask for a snapshot). Answers `current` itself
 * when nothing was newer.
 */
export function applyChanges(current: VersionedState, changes: StateChanges): VersionedState {
  const isStateKey = (key: string): key is StateKey => Object.hasOwn(current.state, key)
  const known = (key: StateKey): number => current.revisions[key] ?? current.base
  const taken: MutableSlices = {}
  const revisions: Partial<Record<StateKey, number>> = { ...current.revisions }
  let any = false
  let stale = current.stale ?? false
  for (const key of Object.keys(changes.slices)) {
    if (!isStateKey(key) || changes.revision <= known(key)) continue
    copySlice(taken, changes.slices, key)
    revisions[key] = changes.revision
    any = true
  }
  for (const [key, patch] of Object.entries(changes.patches ?? {})) {
    if (!isStateKey(key) || !patch || changes.revision <= known(key)) continue
    if (known(key) < patch.since) {
      stale = true
      continue
    }
    patchSlice(taken, current.state, key, patch)
    revisions[key] = changes.revision
    any = true
  }
  if (!any) return stale === (current.stale ?? false) ? current : { ...current, stale }
  return { state: { ...current.state, ...taken }, base: current.base, revisions, stale }
}
