import { randomUUID } from 'node:crypto'
import { hydrationDay } from '../core/hydration'
import { journalDocument, type Journal } from '../core/journal'
import { startOfLocalDay } from '../core/local-date'
import { routineLibraryDocument, type RoutineLibrary } from '../core/routine-library'
import { settingsDocument } from '../core/settings-document'
import { type Settings } from '../core/settings'
import { parseCallInput, type CallOutcome, type ContractError, type EventPayloads } from '../contract/contract'
import { isCallName, type CallName, type EventName } from '../contract/names'
import type { AppState, Notice } from '../contract/state'
import { openDocument, type OpenDocument } from './document-file'
import type { Clock, DocumentStoreFactory } from './ports'
import { RoutinePlayer } from './routine-player'
import { CallRefused, libraryRoutines, routineHandlers, routineLogEntry } from './routine-handlers'

/** What only the shell running the companion can do (open windows, say). */
export interface CompanionShell {
  readonly openMiniTimer?: () => void
}

/** What the companion needs from the shell that runs it. */
export interface CompanionOptions {
  readonly dataDir: string
  readonly createStore: DocumentStoreFactory
  readonly clock: Clock
  readonly mode: AppState['mode']
  readonly shell?: CompanionShell
}

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void
type Handlers = { [N in CallName]: (input: never) => void }

/**
 * The running companion: owns settings, the journal, routines and the routine player; validates
 * every call against the contract, persists before it answers, and pushes the new state after
 * every change.
 */
export class Companion {
  readonly #clock: Clock
  readonly #mode: AppState['mode']
  readonly #shell: CompanionShell
  readonly #settings: OpenDocument<Settings>
  readonly #journal: OpenDocument<Journal>
  readonly #library: OpenDocument<RoutineLibrary>
  readonly #player: RoutinePlayer
  readonly #listeners = new Map<EventName, Set<Listener<EventName>>>()
  readonly #handlers: Handlers
  #notices: Notice[] = []

  constructor(options: CompanionOptions) {
    this.#clock = options.clock
    this.#mode = options.mode
    this.#shell = options.shell ?? {}
    const openedAt = new Date(options.clock.now())
    this.#settings = openDocument(settingsDocument, options.dataDir, options.createStore, openedAt)
    this.#journal = openDocument(journalDocument, options.dataDir, options.createStore, openedAt)
    this.#library = openDocument(routineLibraryDocument, options.dataDir, options.createStore, openedAt)
    for (const [store, document] of [
      ['settings', this.#settings],
      ['journal', this.#journal],
      ['routines', this.#library]
    ] as const) {
      if (document.recovery) {
        this.#notices.push({ id: `recovered-${store}`, kind: 'store-recovered', store, ...document.recovery })
      }
    }
    this.#player = new RoutinePlayer(options.clock, {
      ended: (session) => {
        const journal = this.#journal.value
        this.#journal.write({ ...journal, routines: [...journal.routines, routineLogEntry(session)] })
      },
      advanced: () => this.#changed()
    })
    this.#handlers = { ...this.#waterAndSettingsHandlers(), ...routineHandlers(this.#library, this.#player) }
  }

  /** Where the settings and journal files live. */
  get paths(): { settings: string; journal: string; routines: string } {
    return { settings: this.#settings.path, journal: this.#journal.path, routines: this.#library.path }
  }

  /** The snapshot the window renders. */
  state(): AppState {
    const settings = this.#settings.value
    const now = new Date(this.#clock.now())
    const today = hydrationDay(this.#journal.value, settings.dailyGoalMl, now)
    const dayStartMs = startOfLocalDay(now).getTime()
    return {
      mode: this.#mode,
      settings,
      today,
      canUndo: today.entries.length > 0,
      notices: this.#notices,
      routines: libraryRoutines(this.#library.value),
      editedBuiltInIds: this.#library.value.builtInEdits.map((routine) => routine.id),
      session: this.#player.session,
      routinesToday: this.#journal.value.routines.filter((entry) => entry.endedAtMs >= dayStartMs)
    }
  }

  /** Runs a call from an untrusted caller: validates the input first, so bad input changes nothing. */
  async invoke(name: string, rawInput: unknown): Promise<CallOutcome<CallName>> {
    if (!isCallName(name)) return failure({ code: 'unknown_call', message: `Unknown call: ${name}`, issues: [] })
    const parsed = parseCallInput(name, rawInput)
    if (!parsed.ok) return failure(parsed.error)
    try {
      if (name !== 'getState') (this.#handlers[name] as (input: unknown) => void)(parsed.input)
      return { ok: true, value: name === 'getState' ? this.state() : this.#changed() }
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

  /** The machine is going to sleep: a running routine pauses itself. */
  systemSuspended(): void {
    this.#player.suspend()
    this.#changed()
  }

  /** The machine woke up; the session stays paused until the user resumes it. */
  systemResumed(): void {
    this.#changed()
  }

  /** Whether the player holds an armed timer (tests check there is never more than one). */
  get timerArmed(): boolean {
    return this.#player.timerArmed
  }

  /** Stops every timer; the companion answers no more events. */
  dispose(): void {
    this.#player.dispose()
    this.#listeners.clear()
  }

  #waterAndSettingsHandlers() {
    return {
      getState: () => undefined,
      updateSettings: (patch: Partial<Settings>) => this.#settings.write({ ...this.#settings.value, ...patch }),
      logWater: ({ amountMl }: { amountMl: number }) => {
        const entry = { id: randomUUID(), loggedAtMs: this.#clock.now(), amountMl }
        this.#journal.write({ ...this.#journal.value, water: [...this.#journal.value.water, entry] })
      },
      undoLastWater: () => {
        const last = this.state().today.entries.at(-1)
        if (!last) throw new CallRefused({ code: 'not_found', message: 'Nothing logged today to undo', issues: [] })
        const water = this.#journal.value.water.filter((entry) => entry.id !== last.id)
        this.#journal.write({ ...this.#journal.value, water })
      },
      dismissNotice: ({ id }: { id: string }) => {
        this.#notices = this.#notices.filter((notice) => notice.id !== id)
      },
      openMiniTimer: () => {
        if (!this.#shell.openMiniTimer) {
          throw new CallRefused({ code: 'not_supported', message: 'No mini timer window here', issues: [] })
        }
        this.#shell.openMiniTimer()
      }
    }
  }

  #changed(): AppState {
    const state = this.state()
    for (const listener of this.#listeners.get('stateChanged') ?? []) listener(state)
    return state
  }
}

const failure = (error: ContractError): CallOutcome<CallName> => ({ ok: false, error })
