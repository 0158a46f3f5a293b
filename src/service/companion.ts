import type { Journal } from '../core/journal/journal'
import { startOfNextLocalDay } from '../core/time/local-date'
import type { RoutineLibrary } from '../core/routines/routine-library'
import { type Settings } from '../core/settings/settings'
import {
  isCallName,
  type AnyCallOutcome,
  type CallName,
  type CallOutcome,
  type EventName,
  type EventPayloads
} from '../contract/contract'
import type { AppState, Notice, ShellStatus, StateChanges, StateSnapshot } from '../contract/state'
import { textLocale } from '../core/text/catalogue'
import type { ReminderState } from '../core/reminders/reminders'
import { callFailure, dispatchCall } from './call-dispatch'
import type { OpenDocument } from './document-file'
import { openCompanionDocuments } from './companion-documents'
import { openCompanionPlayer } from './companion-player'
import { plannerInputOf, reminderTextOf, type ReminderInputs } from './companion-reminder-inputs'
import type { Clock } from './ports'
import { nodeDocumentFiles } from './document-files'
import { inThreadActivityParser } from './activity-import'
import type { CompanionOptions, CompanionShell } from './companion-options'
import { ReminderEngine } from './reminder-engine'
import { companionHandlers } from './companion-handlers'
import { appStateOf } from './state-view'
import type { RoutinePlayer } from './routine-player'
import { compactStoredJournal } from './journal-handlers'
import type { Handlers } from './handler-types'
import { StatePublisher } from './state-changes'
import { Scheduler } from './scheduler'

export type { CompanionOptions, CompanionShell } from './companion-options'

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
  readonly #documents: readonly OpenDocument<object>[]
  readonly #scheduler: Scheduler
  readonly #player: RoutinePlayer
  readonly #reminders: ReminderEngine
  readonly #handlers: Handlers
  #notices: Notice[]
  /** How far the activity import in progress has come. */
  #importing: AppState['activities']['importing'] = null
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
    this.#documents = Object.values(opened.documents)
    this.#notices = opened.notices
    this.#scheduler = new Scheduler(options.clock)
    this.#player = openCompanionPlayer({
      clock: options.clock,
      scheduler: this.#scheduler,
      documents: opened.documents,
      advanced: () => this.#publish({ nudge: true })
    })
    this.#reminders = new ReminderEngine({
      clock: options.clock,
      scheduler: this.#scheduler,
      notifier: options.notifier,
      plannerInput: () => plannerInputOf(this.#reminderInputs()),
      text: (reminder) => reminderTextOf(reminder, this.#reminderInputs(), this.textLocale()),
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
      },
      activities: {
        parser: options.activityParser ?? inThreadActivityParser,
        progress: (progress) => {
          this.#importing = progress
          this.#publish()
        }
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
      locale: this.textLocale(),
      importing: this.#importing
    })
  }

  /** The whole state and its revision, for start-up and reconnect; later changes come as `stateChanged`. */
  snapshot(): StateSnapshot {
    this.#publish()
    return this.#publisher.snapshot()
  }

  /** Runs a call from an untrusted caller: validates the input first, so bad input changes nothing. */
  async invoke(name: string, rawInput: unknown): Promise<AnyCallOutcome> {
    if (!isCallName(name)) return callFailure({ code: 'unknown_call', message: `Unknown call: ${name}`, issues: [] })
    return this.call(name, rawInput)
  }

  /** Runs a call named in code (the input is still validated): the outcome has the call's own result type. */
  call<N extends CallName>(name: N, rawInput: unknown): Promise<CallOutcome<N>> {
    return dispatchCall(name, rawInput, {
      handlers: this.#handlers,
      documents: this.#documents,
      commandRan: () => {
        const run = ++this.#handlerRuns
        this.#replanDue = true
        return () => {
          // The first call answered after a save replans and publishes once for every call it carried; in-process
          // followers hear of it even when the calls cancelled out (on, then off again): they may have read between.
          if (this.#replanDue || this.#publishedRuns < run) {
            this.#replan()
            this.#publish({ nudge: true })
          }
          return this.#lastChanges && this.#lastChanges.afterRun >= run ? this.#lastChanges.changes : undefined
        }
      }
    })
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

  /** What the reminder engine reads, as the documents hold it now. */
  #reminderInputs(): ReminderInputs {
    return {
      settings: this.#settings.value,
      journal: this.#journal.value,
      reminderState: this.#reminderState.value,
      nowMs: this.#clock.now()
    }
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
