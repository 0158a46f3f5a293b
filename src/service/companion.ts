import { formatSystemClockTime } from '../core/clock-format'
import { hydrationDay } from '../core/hydration'
import type { Journal } from '../core/journal'
import { startOfNextLocalDay } from '../core/local-date'
import type { RoutineLibrary } from '../core/routine-library'
import { type Settings } from '../core/settings'
import {
  callTable,
  isCallName,
  parseCallInput,
  type AnyCallOutcome,
  type CallName,
  type CallOutcome,
  type ContractError,
  type EventName,
  type EventPayloads
} from '../contract/contract'
import type { AppState, Notice, ShellStatus, StateChanges, StateSnapshot } from '../contract/state'
import { effectiveGoalMl, type PlannerInput } from '../core/reminder-planner'
import type { RoutineSession } from '../core/routine-session'
import { noSavedSession, restoreSession, type SavedSession } from '../core/session-document'
import { reminderNotification } from '../core/reminder-text'
import { textLocale } from '../core/text/catalogue'
import type { FiredReminder, PlannedReminder, ReminderState } from '../core/reminders'
import type { OpenDocument } from './document-file'
import { openCompanionDocuments } from './companion-documents'
import type { Notifier } from './notifier'
import type { Clock } from './ports'
import { nodeDocumentFiles, type DocumentFiles } from './document-files'
import { ReminderEngine, type ReminderScreen } from './reminder-engine'
import { companionHandlers } from './companion-handlers'
import { appStateOf } from './state-view'
import { RoutinePlayer } from './routine-player'
import { routineLogEntry } from './routine-handlers'
import { compactStoredJournal } from './journal-handlers'
import { CallRefused, type Handlers } from './handler-types'
import { StatePublisher } from './state-changes'
import { Scheduler } from './scheduler'

/** What only the shell running the companion can do (open windows, ask whether the user is there). */
export interface CompanionShell {
  readonly openMiniTimer?: () => void
  /** A notification was clicked: show this screen. */
  readonly openScreen?: (screen: ReminderScreen) => void
  /** Whether the user is at the machine (asked only when a drink reminder is due). */
  readonly idleState?: () => 'active' | 'idle' | 'locked' | 'unknown'
  /** Brings the full window up (the widget's "Open Limber"). */
  readonly showMainWindow?: () => void
}

/** What the companion needs from the shell that runs it. */
export interface CompanionOptions {
  readonly dataDir: string
  /** How documents are written; the real files unless a test says otherwise. */
  readonly files?: DocumentFiles
  readonly clock: Clock
  readonly mode: AppState['mode']
  readonly shell?: CompanionShell
  /** Desktop notifications; without one, reminders still show in the window and the tray. */
  readonly notifier?: Notifier
  /** The system's locale (`app.getLocale()`, or LANG in plain Node); the language chosen in Settings wins. */
  readonly locale?: string
}

/**
 * The running companion: owns settings, the journal, routines and the routine player; validates
 * every call against the call table, persists before it answers, and answers and pushes only the
 * slices each change touched, under a revision that goes up by one per change.
 */
export class Companion {
  readonly #clock: Clock
  readonly #mode: AppState['mode']
  readonly #shell: CompanionShell
  readonly #systemLocale: string | undefined
  readonly #settings: OpenDocument<Settings>
  readonly #journal: OpenDocument<Journal>
  readonly #library: OpenDocument<RoutineLibrary>
  readonly #reminderState: OpenDocument<ReminderState>
  readonly #savedSession: OpenDocument<SavedSession>
  readonly #documents: readonly OpenDocument<object>[]
  readonly #scheduler: Scheduler
  readonly #player: RoutinePlayer
  readonly #reminders: ReminderEngine
  readonly #handlers: Handlers
  #notices: Notice[]
  #shellStatus: ShellStatus = { shortcutConflicts: [], startAtLoginSupported: false }
  readonly #publisher: StatePublisher
  /** Calls whose handlers have run; the last publication came after `#publishedRuns` of them. */
  #handlerRuns = 0
  #publishedRuns = 0
  /** The last publication that changed something, and how many calls' handlers had run by then. */
  #lastChanges: { readonly afterRun: number; readonly changes: StateChanges } | undefined
  /** A call changed something that the reminders have not been replanned for yet. */
  #replanDue = false

  constructor(options: CompanionOptions) {
    this.#clock = options.clock
    this.#mode = options.mode
    this.#shell = options.shell ?? {}
    this.#systemLocale = options.locale
    const opened = openCompanionDocuments(
      options.dataDir,
      options.files ?? nodeDocumentFiles,
      new Date(options.clock.now()),
      (error) => this.#saveFailed(error)
    )
    this.#settings = opened.documents.settings
    this.#journal = opened.documents.journal
    this.#library = opened.documents.library
    this.#reminderState = opened.documents.reminderState
    this.#savedSession = opened.documents.savedSession
    this.#documents = Object.values(opened.documents)
    this.#notices = opened.notices
    this.#scheduler = new Scheduler(options.clock)
    const journalRoutine = (session: RoutineSession): void => {
      const journal = this.#journal.value
      this.#journal.write({ ...journal, routines: [...journal.routines, routineLogEntry(session)] })
    }
    // A routine that was going when Limber last stopped (a crash, a quit) carries on, or is journalled as stopped.
    const restored = restoreSession(this.#savedSession.value, options.clock.now())
    if (restored.ended) journalRoutine(restored.ended)
    this.#player = new RoutinePlayer(
      options.clock,
      this.#scheduler,
      {
        ended: journalRoutine,
        advanced: () => {
          // Each segment boundary refreshes "last seen", so a crash loses at most one segment of the record.
          this.#savedSession.write({ ...this.#savedSession.value, savedAtMs: options.clock.now() })
          this.#publish({ nudge: true })
        },
        changed: (session) => this.#savedSession.write({ session, savedAtMs: options.clock.now() })
      },
      restored.session
    )
    if (!restored.session && this.#savedSession.value.session) this.#savedSession.write(noSavedSession())
    this.#reminders = new ReminderEngine({
      clock: options.clock,
      scheduler: this.#scheduler,
      notifier: options.notifier,
      plannerInput: () => this.#plannerInput(),
      text: (reminder) => this.#reminderText(reminder),
      record: (fired) => {
        this.#journal.write({ ...this.#journal.value, reminders: [...this.#journal.value.reminders, fired] })
        this.#publish()
      },
      clicked: (fired, screen) => {
        void this.invoke('respondToReminder', { reminderId: fired.id, response: 'opened' })
        this.#shell.openScreen?.(screen)
      },
      snoozed: (fired) => void this.invoke('snoozeReminders', { kind: fired.kind, minutes: 15 }),
      ...(this.#shell.idleState ? { idleState: this.#shell.idleState } : {})
    })
    this.#handlers = companionHandlers({
      clock: options.clock,
      documents: opened.documents,
      player: this.#player,
      upcoming: () => this.#reminders.upcoming(),
      shell: {
        snapshot: () => this.snapshot(),
        dismissNotice: (id) => (this.#notices = this.#notices.filter((notice) => notice.id !== id)),
        openMiniTimer: this.#shell.openMiniTimer,
        showMainWindow: this.#shell.showMainWindow
      },
      beforeDelete: () => {
        this.#player.close()
        this.#notices = []
      }
    })
    compactStoredJournal(this.#journal, options.clock.now())
    this.#replan()
    this.#publisher = new StatePublisher(this.state())
  }

  /** Where the settings and journal files live. */
  get paths(): { settings: string; journal: string; routines: string; reminders: string } {
    return {
      settings: this.#settings.path,
      journal: this.#journal.path,
      routines: this.#library.path,
      reminders: this.#reminderState.path
    }
  }

  /** The locale for text outside the window (notifications, command line, tray, built-in routine words). */
  textLocale(): string | undefined {
    return textLocale(this.#settings.value, this.#systemLocale)
  }

  /** The snapshot the window renders. */
  state(): AppState {
    return appStateOf({
      mode: this.#mode,
      nowMs: this.#clock.now(),
      settings: this.#settings.value,
      journal: this.#journal.value,
      library: this.#library.value,
      reminderState: this.#reminderState.value,
      notices: this.#notices,
      shell: this.#shellStatus,
      session: this.#player.session,
      upcoming: () => this.#reminders.upcoming(),
      locale: this.textLocale()
    })
  }

  /** The whole state and its revision, for start-up and reconnect; later changes come as `stateChanged`. */
  snapshot(): StateSnapshot {
    this.#publish()
    return this.#publisher.snapshot()
  }

  /** Runs a call from an untrusted caller: validates the input first, so bad input changes nothing. */
  async invoke(name: string, rawInput: unknown): Promise<AnyCallOutcome> {
    if (!isCallName(name)) return failure({ code: 'unknown_call', message: `Unknown call: ${name}`, issues: [] })
    return this.call(name, rawInput)
  }

  /** Runs a call named in code (the input is still validated): the outcome has the call's own result type. */
  async call<N extends CallName>(name: N, rawInput: unknown): Promise<CallOutcome<N>> {
    return this.#run(name, rawInput)
  }

  async #run<N extends CallName>(name: N, rawInput: unknown): Promise<CallOutcome<N>> {
    const parsed = parseCallInput(name, rawInput)
    if (!parsed.ok) return failure(parsed.error)
    try {
      const before = this.#documents.map((document) => document.value)
      const value = this.#handlers[name](parsed.input)
      if (callTable[name].query) return { ok: true, value }
      const run = ++this.#handlerRuns
      this.#replanDue = true
      // The answer waits for the save that holds this call's change (one save serves every call made meanwhile).
      const changed = this.#documents.filter((document, index) => document.value !== before[index])
      await Promise.all(changed.map((document) => document.saved()))
      // The first call answered after a save replans and publishes once for every call it carried.
      if (this.#replanDue || this.#publishedRuns < run) {
        this.#replan()
        // In-process followers hear of it even when the calls cancelled out (on, then off again): they may
        // have read the state in between.
        this.#publish({ nudge: true })
      }
      const changes = this.#lastChanges && this.#lastChanges.afterRun >= run ? this.#lastChanges.changes : undefined
      return changes ? { ok: true, value, changes } : { ok: true, value }
    } catch (error) {
      if (error instanceof CallRefused) return failure(error.detail)
      const message = error instanceof Error ? error.message : String(error)
      return failure({ code: 'internal', message, issues: [] })
    }
  }

  /** Subscribes to a pushed event (what crosses to windows: only the changed slices); returns the unsubscribe. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
    return this.#publisher.onChanges(listener)
  }

  /** Follows the whole state in-process (the tray, the widget): called after every change; returns the unsubscribe. */
  onState(listener: (state: AppState) => void): () => void {
    return this.#publisher.onState(listener)
  }

  /** The desktop shell reports what it found (a shortcut taken by another app, say); the window shows it. */
  setShellStatus(status: Partial<ShellStatus>): void {
    this.#shellStatus = { ...this.#shellStatus, ...status }
    this.#publish()
  }

  /** The machine is going to sleep: a running routine pauses itself. */
  systemSuspended(): void {
    this.#player.suspend()
    this.#publish()
  }

  /** The machine woke up: replan from the wall clock (one catch-up per kind at most); a routine stays paused. */
  systemResumed(): void {
    this.#replan({ afterGap: true })
    this.#publish()
  }

  /** The clock or the time zone changed: replan from the wall clock, keeping local times. */
  timeChanged(): void {
    this.#replan({ afterGap: true })
    this.#publish()
  }

  /** Resolves once every change made so far is on disk (a quit waits for it); rejects if a save failed. */
  async saved(): Promise<void> {
    await Promise.all(this.#documents.map((document) => document.saved()))
  }

  /** Whether the companion's one timer is armed. */
  get timerArmed(): boolean {
    return this.#scheduler.armed
  }

  /** Stops every timer; the companion answers no more events. */
  dispose(): void {
    this.#scheduler.dispose()
    this.#publisher.clear()
  }

  /**
   * Replans reminders, and wakes at midnight (a new day) and when a pause ends, to push the new state.
   * Only after a real gap (wake-up, clock change) may a missed reminder be caught up.
   */
  #replan(options: { readonly afterGap?: boolean } = {}): void {
    this.#replanDue = false
    if (options.afterGap) this.#reminders.resumed()
    else this.#reminders.replan()
    const nowMs = this.#clock.now()
    const wake = (): void => {
      compactStoredJournal(this.#journal, this.#clock.now())
      this.#replan()
      this.#publish()
    }
    this.#scheduler.set('new-day', startOfNextLocalDay(new Date(nowMs)).getTime(), wake)
    const pausedUntilMs = this.#reminderState.value.pausedUntilMs
    this.#scheduler.set('pause-end', pausedUntilMs !== null && pausedUntilMs > nowMs ? pausedUntilMs : null, wake)
  }

  #plannerInput(): PlannerInput {
    const journal = this.#journal.value
    const settings = this.#settings.value
    // Nothing is sent before the first-run setup is finished or skipped: the person is still choosing.
    const state = settings.setupCompleted
      ? this.#reminderState.value
      : { ...this.#reminderState.value, pausedIndefinitely: true }
    return {
      settings,
      state,
      water: journal.water,
      fired: journal.reminders,
      nowMs: this.#clock.now()
    }
  }

  #reminderText(reminder: PlannedReminder | FiredReminder): { title: string; body: string } {
    // Only the day's water and the settings: the whole state() would run the planner again.
    const settings = this.#settings.value
    const now = new Date(this.#clock.now())
    const today = hydrationDay(this.#journal.value, effectiveGoalMl(settings, this.#reminderState.value, now), now)
    const workout = settings.workouts.find((candidate) => candidate.id === reminder.workoutId)
    return reminderNotification(reminder, {
      unit: settings.volumeUnit,
      drunkMl: today.totalMl,
      goalMl: today.goalMl,
      ...(workout ? { workoutKind: workout.kind, workoutMinutes: workout.durationMinutes } : {}),
      ...('workoutStartMs' in reminder && reminder.workoutStartMs !== undefined
        ? { workoutStartMs: reminder.workoutStartMs }
        : {}),
      locale: this.textLocale(),
      formatTime: (ms) => formatSystemClockTime(ms, this.textLocale())
    })
  }

  /**
   * A save failed: its document is back to what the file holds, and the calls whose changes it carried are
   * refused. Windows are told the state as it is on disk, so nothing unsaved stays on screen.
   */
  #saveFailed(error: unknown): void {
    console.error(`Could not save: ${error instanceof Error ? error.message : String(error)}`)
    this.#replan()
    this.#publish()
  }

  /** Publishes the state after a change: the slices that changed go out under a new revision. */
  #publish(options: { readonly nudge?: boolean } = {}): StateChanges | undefined {
    // During construction (a restored session advancing) there is nothing published yet to compare with.
    if (!this.#publisher) return undefined
    const changes = this.#publisher.publish(this.state(), options)
    this.#publishedRuns = this.#handlerRuns
    if (changes) this.#lastChanges = { afterRun: this.#handlerRuns, changes }
    return changes
  }
}

const failure = (error: ContractError): { readonly ok: false; readonly error: ContractError } => ({ ok: false, error })
