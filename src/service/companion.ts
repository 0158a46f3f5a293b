import { randomUUID } from 'node:crypto'
import { hydrationDay } from '../core/hydration'
import { journalDocument, type Journal } from '../core/journal'
import { settingsDocument } from '../core/settings-document'
import { type Settings } from '../core/settings'
import {
  parseCallInput,
  type CallOutcome,
  type CallResults,
  type ContractError,
  type EventPayloads
} from '../contract/contract'
import { isCallName, type CallName, type EventName } from '../contract/names'
import type { AppState, Notice } from '../contract/state'
import { openDocument, type OpenDocument } from './document-file'
import type { Clock, DocumentStoreFactory } from './ports'

/** What the companion needs from the shell that runs it. */
export interface CompanionOptions {
  readonly dataDir: string
  readonly createStore: DocumentStoreFactory
  readonly clock: Clock
  readonly mode: AppState['mode']
}

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void
type Handlers = { [N in CallName]: (input: never) => CallResults[N] }

/**
 * The running companion: owns settings and the journal, validates every call against the contract,
 * persists before it answers, and pushes a fresh state to subscribers after every change.
 */
export class Companion {
  readonly #clock: Clock
  readonly #mode: AppState['mode']
  readonly #settings: OpenDocument<Settings>
  readonly #journal: OpenDocument<Journal>
  readonly #listeners = new Map<EventName, Set<Listener<EventName>>>()
  #notices: Notice[] = []

  constructor(options: CompanionOptions) {
    this.#clock = options.clock
    this.#mode = options.mode
    const openedAt = new Date(options.clock.now())
    this.#settings = openDocument(settingsDocument, options.dataDir, options.createStore, openedAt)
    this.#journal = openDocument(journalDocument, options.dataDir, options.createStore, openedAt)
    for (const [store, document] of [
      ['settings', this.#settings],
      ['journal', this.#journal]
    ] as const) {
      if (document.recovery)
        this.#notices.push({ id: `recovered-${store}`, kind: 'store-recovered', store, ...document.recovery })
    }
  }

  /** Where the settings and journal files live. */
  get paths(): { settings: string; journal: string } {
    return { settings: this.#settings.path, journal: this.#journal.path }
  }

  /** The snapshot the window renders. */
  state(): AppState {
    const settings = this.#settings.value
    const today = hydrationDay(this.#journal.value, settings.dailyGoalMl, new Date(this.#clock.now()))
    return { mode: this.#mode, settings, today, canUndo: today.entries.length > 0, notices: this.#notices }
  }

  /** Runs a call from an untrusted caller: validates the input first, so bad input changes nothing. */
  async invoke(name: string, rawInput: unknown): Promise<CallOutcome<CallName>> {
    if (!isCallName(name)) return failure({ code: 'unknown_call', message: `Unknown call: ${name}`, issues: [] })
    const parsed = parseCallInput(name, rawInput)
    if (!parsed.ok) return failure(parsed.error)
    try {
      const handler = this.#handlers[name] as (input: unknown) => CallResults[CallName]
      return { ok: true, value: handler(parsed.input) }
    } catch (error) {
      if (error instanceof CallRefused) return failure(error.detail)
      const message = error instanceof Error ? error.message : String(error)
      return failure({ code: 'internal', message, issues: [] })
    }
  }

  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    const listeners = this.#listeners.get(event) ?? new Set()
    listeners.add(listener as Listener<EventName>)
    this.#listeners.set(event, listeners)
    return () => listeners.delete(listener as Listener<EventName>)
  }

  readonly #handlers: Handlers = {
    getState: () => this.state(),
    updateSettings: (patch: Partial<Settings>) => {
      this.#settings.write({ ...this.#settings.value, ...patch })
      return this.#changed()
    },
    logWater: ({ amountMl }: { amountMl: number }) => {
      const entry = { id: randomUUID(), loggedAtMs: this.#clock.now(), amountMl }
      this.#journal.write({ ...this.#journal.value, water: [...this.#journal.value.water, entry] })
      return this.#changed()
    },
    undoLastWater: () => {
      const last = this.state().today.entries.at(-1)
      if (!last) throw new CallRefused({ code: 'not_found', message: 'Nothing logged today to undo', issues: [] })
      const water = this.#journal.value.water.filter((entry) => entry.id !== last.id)
      this.#journal.write({ ...this.#journal.value, water })
      return this.#changed()
    },
    dismissNotice: ({ id }: { id: string }) => {
      this.#notices = this.#notices.filter((notice) => notice.id !== id)
      return this.#changed()
    }
  }

  #changed(): AppState {
    const state = this.state()
    for (const listener of this.#listeners.get('stateChanged') ?? []) listener(state)
    return state
  }
}

/** A call that was understood but cannot be done (nothing to undo, say). */
class CallRefused extends Error {
  constructor(readonly detail: ContractError) {
    super(detail.message)
  }
}

const failure = (error: ContractError): CallOutcome<CallName> => ({ ok: false, error })
