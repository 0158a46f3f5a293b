import { stateKeys } from '../contract/call-table'
import type { AppState, StateChanges, StateKey, StateSnapshot } from '../contract/state'

type SliceSet = { -readonly [K in StateKey]?: AppState[K] }

/** Copies one slice (a generic key keeps its own value type). */
function copySlice<K extends StateKey>(target: SliceSet, source: AppState, key: K): void {
  target[key] = source[key]
}

/** Whether a slice's value is the same: by reference first, then by its JSON (the state is plain data). */
function sameSlice(previous: unknown, next: unknown): boolean {
  return previous === next || JSON.stringify(previous) === JSON.stringify(next)
}

/** The slices whose value differs between two states; empty when nothing changed. */
export function changedSlices(previous: AppState, next: AppState): Partial<AppState> {
  const slices: SliceSet = {}
  for (const key of stateKeys) if (!sameSlice(previous[key], next[key])) copySlice(slices, next, key)
  return slices
}

/**
 * Keeps the state as last published and its revision: each publication that changed something counts one
 * revision and goes to the wire followers (only the changed slices) and the in-process ones (the whole state).
 */
export class StatePublisher {
  #published: AppState
  #revision = 0
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
    const slices = changedSlices(this.#published, state)
    this.#published = state
    if (Object.keys(slices).length === 0) {
      if (options.nudge) for (const listener of this.#stateListeners) listener(state)
      return undefined
    }
    this.#revision += 1
    const changes = { revision: this.#revision, slices }
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
