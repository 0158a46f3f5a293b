import { stateKeys } from '../contract/call-table'
import { diffJson, jsonLongerThan, sameJson } from '../contract/json-patch'
import type { AppState, SlicePatch, StateChanges, StateKey, StateSnapshot } from '../contract/state'

type SliceSet = { -readonly [K in StateKey]?: AppState[K] }

/** Copies one slice (a generic key keeps its own value type). */
function copySlice<K extends StateKey>(target: SliceSet, source: AppState, key: K): void {
  target[key] = source[key]
}

/** The slices whose value differs between two states; empty when nothing changed. */
export function changedSlices(previous: AppState, next: AppState): StateKey[] {
  return stateKeys.filter((key) => !sameJson(previous[key], next[key]))
}

/**
 * The changes for these keys at `revision`: each slice as a patch against its previous value when that is
 * smaller (a drink appended to today's list, one reminder moved), otherwise whole.
 */
function changesFor(
  keys: readonly StateKey[],
  previous: AppState,
  next: AppState,
  revision: number,
  lastChanged: Readonly<Partial<Record<StateKey, number>>>
): StateChanges {
  const slices: SliceSet = {}
  const patches: { [K in StateKey]?: SlicePatch } = {}
  for (const key of keys) {
    const ops = diffJson(previous[key], next[key])
    if (jsonLongerThan(next[key], JSON.stringify(ops).length + 16)) patches[key] = { since: lastChanged[key] ?? 0, ops }
    else copySlice(slices, next, key)
  }
  return Object.keys(patches).length > 0 ? { revision, slices, patches } : { revision, slices }
}

/**
 * Keeps the state as last published and its revision: each publication that changed something counts one
 * revision and goes to the wire followers (only the changed slices) and the in-process ones (the whole state).
 */
export class StatePublisher {
  #published: AppState
  #revision = 0
  /** The revision at which each slice last changed (a patch names it, so a window that missed one can tell). */
  readonly #lastChanged: Partial<Record<StateKey, number>> = {}
  readonly #changeListeners = new Set<(changes: StateChanges) => void>()
  readonly #stateListeners = new Set<(state: AppState) => void>()

  constructor(initial: AppState) {
    this.#published = initial
  }

  /**
   * Publishes a freshly worked-out state; answers the changes, or undefined when nothing changed. With
   * `nudge`, in-process followers hear of it even then (a routine's segment boundary: the tray shows the step,
   * which the session's data does not change at; windows work it out from the clock).
   */
  publish(state: AppState, options: { readonly nudge?: boolean } = {}): StateChanges | undefined {
    const previous = this.#published
    const keys = changedSlices(previous, state)
    this.#published = state
    if (keys.length === 0) {
      if (options.nudge) for (const listener of this.#stateListeners) listener(state)
      return undefined
    }
    this.#revision += 1
    const changes = changesFor(keys, previous, state, this.#revision, this.#lastChanged)
    for (const key of keys) this.#lastChanged[key] = this.#revision
    for (const listener of this.#changeListeners) listener(changes)
    for (const listener of this.#stateListeners) listener(state)
    return changes
  }

  /** The state as last published, with its revision. */
  snapshot(): StateSnapshot {
    return { revision: this.#revision, state: this.#published }
  }

  onChanges(listener: (changes: StateChanges) => void): () => void {
    this.#changeListeners.add(listener)
    return () => this.#changeListeners.delete(listener)
  }

  onState(listener: (state: AppState) => void): () => void {
    this.#stateListeners.add(listener)
    return () => this.#stateListeners.delete(listener)
  }

  clear(): void {
    this.#changeListeners.clear()
    this.#stateListeners.clear()
  }
}
