import { randomUUID } from 'node:crypto'
import { formatSystemClockTime } from '../core/clock-format'
import { hydrationDay } from '../core/hydration'
import { journalDocument, type Journal } from '../core/journal'
import { startOfLocalDay, startOfNextLocalDay } from '../core/local-date'
import { routineLibraryDocument, type RoutineLibrary } from '../core/routine-library'
import { settingsDocument } from '../core/settings-document'
import { stampWorkoutsAdded } from '../core/workout-added'
import { type Settings } from '../core/settings'
import { parseCallInput, type CallOutcome, type ContractError, type EventPayloads } from '../contract/contract'
import { isCallName, queryCallNames, type CallName, type EventName } from '../contract/names'
import type { AppState, Notice, ShellStatus } from '../contract/state'
import { effectiveGoalMl, isPausedAt, type PlannerInput } from '../core/reminder-planner'
import { reminderStateDocument } from '../core/reminder-schema'
import type { RoutineSession } from '../core/routine-session'
import { noSavedSession, restoreSession, sessionDocument, type SavedSession } from '../core/session-document'
import { reminderNotification } from '../core/reminder-text'
import { textLocale } from '../core/text/catalogue'
import { localizeRoutine, localizeRoutineName } from '../core/text/routine-text'
import type { FiredReminder, PlannedReminder, ReminderState } from '../core/reminders'
import { crampLimits, type CrampReport } from '../core/cramps'
import { openDocument, type OpenDocument } from './document-file'
import type { Notifier } from './notifier'
import type { Clock, DocumentStoreFactory } from './ports'
import { ReminderEngine, type ReminderScreen } from './reminder-engine'
import { reminderHandlers, waitingReminder } from './reminder-handlers'
import { RoutinePlayer } from './routine-player'
import { CallRefused, libraryRoutines, routineHandlers, routineLogEntry } from './routine-handlers'
import { compactStoredJournal, journalHandlers, pendingWarnings } from './journal-handlers'
import { Scheduler } from './scheduler'
import { refusePastOneOffs } from './settings-checks'

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
  readonly createStore: DocumentStoreFactory
  readonly clock: Clock
  readonly mode: AppState['mode']
  readonly shell?: CompanionShell
  /** Desktop notifications; without one, reminders still show in the window and the tray. */
  readonly notifier?: Notifier
  /** The system's locale (`app.getLocale()`, or LANG in plain Node); the language chosen in Settings wins. */
  readonly locale?: string
}

type Listener<E extends EventName> = (payload: EventPayloads[E]) => void
type Handlers = { [N in CallName]: (input: never) => unknown }

/**
 * The running companion: owns settings, the journal, routines and the routine player; validates
 * every call against the contract, persists before it answers, and pushes the new state after
 * every change.
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
  readonly #scheduler: Scheduler
  readonly #player: RoutinePlayer
  readonly #reminders: ReminderEngine
  readonly #listeners = new Map<EventName, Set<Listener<EventName>>>()
  readonly #handlers: Handlers
  #notices: Notice[] = []
  #shellStatus: ShellStatus = { shortcutConflicts: [], startAtLoginSupported: false }

  constructor(options: CompanionOptions) {
    this.#clock = options.clock
    this.#mode = options.mode
    this.#shell = options.shell ?? {}
    this.#systemLocale = options.locale
    const openedAt = new Date(options.clock.now())
    this.#settings = openDocument(settingsDocument, options.dataDir, options.createStore, openedAt)
    this.#journal = openDocument(journalDocument, options.dataDir, options.createStore, openedAt)
    this.#library = openDocument(routineLibraryDocument, options.dataDir, options.createStore, openedAt)
    this.#reminderState = openDocument(reminderStateDocument, options.dataDir, options.createStore, openedAt)
    this.#savedSession = openDocument(sessionDocument, options.dataDir, options.createStore, openedAt)
    for (const [store, document] of [
      ['settings', this.#settings],
      ['journal', this.#journal],
      ['routines', this.#library],
      ['reminders', this.#reminderState],
      ['session', this.#savedSession]
    ] as const) {
      if (document.recovery) {
        this.#notices.push({ id: `recovered-${store}`, kind: 'store-recovered', store, ...document.recovery })
      }
    }
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
          this.#changed()
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
        this.#changed()
      },
      clicked: (fired, screen) => {
        void this.invoke('respondToReminder', { reminderId: fired.id, response: 'opened' })
        this.#shell.openScreen?.(screen)
      },
      snoozed: (fired) => void this.invoke('snoozeReminders', { kind: fired.kind, minutes: 15 }),
      ...(this.#shell.idleState ? { idleState: this.#shell.idleState } : {})
    })
    this.#handlers = {
      ...this.#waterAndSettingsHandlers(),
      ...routineHandlers(this.#library, this.#player, () => this.#settings.value.getReadySeconds * 1000),
      ...reminderHandlers(options.clock, this.#settings, this.#journal, this.#reminderState, () =>
        this.#reminders.upcoming()
      ),
      ...journalHandlers(
        options.clock,
        {
          settings: this.#settings,
          journal: this.#journal,
          library: this.#library,
          reminderState: this.#reminderState
        },
        () => {
          this.#player.close()
          this.#notices = []
        }
      )
    }
    compactStoredJournal(this.#journal, options.clock.now())
    this.#replan()
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
    const settings = this.#settings.value
    const nowMs = this.#clock.now()
    const now = new Date(nowMs)
    const reminderState = this.#reminderState.value
    const today = hydrationDay(this.#journal.value, effectiveGoalMl(settings, reminderState, now), now)
    const dayStartMs = startOfLocalDay(now).getTime()
    const firedToday = this.#journal.value.reminders.filter((fired) => fired.firedAtMs >= dayStartMs)
    const paused = isPausedAt(settings, reminderState, nowMs)
    // Built-in routine words in the person's language; ids and what is stored stay as they are.
    const locale = this.textLocale()
    const session = this.#player.session
    return {
      mode: this.#mode,
      settings,
      today,
      canUndo: today.entries.length > 0,
      notices: this.#notices,
      routines: libraryRoutines(this.#library.value).map((routine) => localizeRoutine(routine, locale)),
      editedBuiltInIds: this.#library.value.builtInEdits.map((routine) => routine.id),
      session: session && { ...session, routine: localizeRoutine(session.routine, locale) },
      routinesToday: this.#journal.value.routines
        .filter((entry) => entry.endedAtMs >= dayStartMs)
        .map((entry) => ({ ...entry, routineName: localizeRoutineName(entry.routineId, entry.routineName, locale) })),
      reminders: {
        upcoming: paused ? [] : this.#reminders.upcoming(),
        firedToday,
        waiting: waitingReminder(firedToday, dayStartMs),
        state: reminderState,
        paused,
        hotDay: reminderState.hotDays.includes(today.date)
      },
      recentCramps: this.#journal.value.cramps
        .filter((cramp) => cramp.startedAtMs >= nowMs - RECENT_CRAMP_DAYS * DAY_MS)
        .toReversed(),
      pendingWarnings: pendingWarnings(this.#journal.value),
      urineToday: this.#journal.value.checkIns.find((checkIn) => checkIn.date === today.date)?.level ?? null,
      shell: this.#shellStatus
    }
  }

  /** Runs a call from an untrusted caller: validates the input first, so bad input changes nothing. */
  async invoke(name: string, rawInput: unknown): Promise<CallOutcome<CallName>> {
    if (!isCallName(name)) return failure({ code: 'unknown_call', message: `Unknown call: ${name}`, issues: [] })
    const parsed = parseCallInput(name, rawInput)
    if (!parsed.ok) return failure(parsed.error)
    try {
      if (name === 'getState') return { ok: true, value: this.state() }
      const result = (this.#handlers[name] as (input: unknown) => unknown)(parsed.input)
      if ((queryCallNames as readonly string[]).includes(name))
        return { ok: true, value: result } as CallOutcome<CallName>
      this.#replan()
      const state = this.#changed()
      if (name === 'importData') return { ok: true, value: { state, report: result } } as CallOutcome<CallName>
      return { ok: true, value: state }
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

  /** The desktop shell reports what it found (a shortcut taken by another app, say); the window shows it. */
  setShellStatus(status: Partial<ShellStatus>): void {
    this.#shellStatus = { ...this.#shellStatus, ...status }
    this.#changed()
  }

  /** The machine is going to sleep: a running routine pauses itself. */
  systemSuspended(): void {
    this.#player.suspend()
    this.#changed()
  }

  /** The machine woke up: replan from the wall clock (one catch-up per kind at most); a routine stays paused. */
  systemResumed(): void {
    this.#replan({ afterGap: true })
    this.#changed()
  }

  /** The clock or the time zone changed: replan from the wall clock, keeping local times. */
  timeChanged(): void {
    this.#replan({ afterGap: true })
    this.#changed()
  }

  /** Whether the companion's one timer is armed. */
  get timerArmed(): boolean {
    return this.#scheduler.armed
  }

  /** Stops every timer; the companion answers no more events. */
  dispose(): void {
    this.#scheduler.dispose()
    this.#listeners.clear()
  }

  /**
   * Replans reminders, and wakes at midnight (a new day) and when a pause ends, to push the new state.
   * Only after a real gap (wake-up, clock change) may a missed reminder be caught up.
   */
  #replan(options: { readonly afterGap?: boolean } = {}): void {
    if (options.afterGap) this.#reminders.resumed()
    else this.#reminders.replan()
    const nowMs = this.#clock.now()
    const wake = (): void => {
      compactStoredJournal(this.#journal, this.#clock.now())
      this.#replan()
      this.#changed()
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

  #waterAndSettingsHandlers() {
    return {
      getState: () => undefined,
      updateSettings: (patch: Partial<Settings>) => {
        const previous = this.#settings.value
        if (patch.workouts) refusePastOneOffs(previous.workouts, patch.workouts, this.#clock.now())
        const next = { ...previous, ...patch }
        const workouts = stampWorkoutsAdded(previous.workouts, next.workouts, this.#clock.now())
        this.#settings.write({ ...next, workouts })
        // Reminders begin now: the time before setup was not missed, and the first drink reminder waits an interval.
        const startsReminders = patch.setupCompleted === true && !previous.setupCompleted
        if (startsReminders) this.#reminderState.write({ ...this.#reminderState.value, startedAtMs: this.#clock.now() })
      },
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
      removeWater: ({ id }: { id: string }) => {
        const water = this.#journal.value.water.filter((entry) => entry.id !== id)
        if (water.length === this.#journal.value.water.length) {
          throw new CallRefused({ code: 'not_found', message: 'No drink with that id', issues: [] })
        }
        this.#journal.write({ ...this.#journal.value, water })
      },
      dismissNotice: ({ id }: { id: string }) => {
        this.#notices = this.#notices.filter((notice) => notice.id !== id)
      },
      logCramp: ({ cramp }: { cramp: CrampReport }) => {
        const nowMs = this.#clock.now()
        const field = (message: string) =>
          new CallRefused({ code: 'invalid_input', message, issues: [{ field: 'cramp.startedAtMs', message }] })
        if (cramp.startedAtMs > nowMs + MINUTE_MS) throw field('A cramp cannot be logged in the future')
        if (cramp.startedAtMs < nowMs - crampLimits.backdateDays * DAY_MS) throw field('That is more than a year ago')
        const entry = { ...cramp, id: randomUUID(), loggedAtMs: nowMs }
        const cramps = [...this.#journal.value.cramps, entry].sort((a, b) => a.startedAtMs - b.startedAtMs)
        this.#journal.write({ ...this.#journal.value, cramps })
      },
      // The warning signs are worked out from the cramps, so the ones this cramp raised go with it.
      deleteCramp: ({ id }: { id: string }) => {
        const cramps = this.#journal.value.cramps.filter((cramp) => cramp.id !== id)
        if (cramps.length === this.#journal.value.cramps.length) {
          throw new CallRefused({ code: 'not_found', message: 'No cramp with that id', issues: [] })
        }
        this.#journal.write({ ...this.#journal.value, cramps })
      },
      showMainWindow: () => {
        if (!this.#shell.showMainWindow) {
          throw new CallRefused({ code: 'not_supported', message: 'No desktop window here', issues: [] })
        }
        this.#shell.showMainWindow()
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

const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS
/** How far back Today and the tray look for cramps. */
const RECENT_CRAMP_DAYS = 30

const failure = (error: ContractError): CallOutcome<CallName> => ({ ok: false, error })
