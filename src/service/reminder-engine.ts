import { catchUpReminders, planReminders, type PlannerInput } from '../core/reminder-planner'
import type { FiredReminder, PlannedReminder } from '../core/reminders'
import type { Notifier } from './notifier'
import type { Clock } from './ports'
import type { Scheduler } from './scheduler'

/** Where a notification click takes the user. */
export type ReminderScreen = 'today' | 'player' | 'reminders'

/** What the engine needs from the companion around it. */
export interface ReminderEngineOptions {
  readonly clock: Clock
  readonly scheduler: Scheduler
  readonly notifier: Notifier | undefined
  /** Everything the planner reads, as of now. */
  readonly plannerInput: () => PlannerInput
  /** Title and body for a reminder, in the user's units. */
  readonly text: (reminder: PlannedReminder) => { title: string; body: string }
  /** Journals a fired reminder (and pushes the new state). */
  readonly record: (fired: FiredReminder) => void
  /** The user clicked the notification. */
  readonly clicked: (fired: FiredReminder, screen: ReminderScreen) => void
  /** The user pressed the notification's snooze button. */
  readonly snoozed: (fired: FiredReminder) => void
  /** Whether the user is at the machine; asked only when a drink reminder is due. */
  readonly idleState?: () => 'active' | 'idle' | 'locked' | 'unknown'
}

/** A timer that fires this much later than planned means the machine slept or the clock jumped. */
const GAP_MS = 2 * 60_000
/** While the user is away, look again this often (powerMonitor is polled no more than once a minute). */
const IDLE_RECHECK_MS = 60_000
/** How far ahead to look for the next reminder (past midnight, for an early warm-up). */
const HORIZON_MS = 36 * 60 * 60_000

const screenFor = (reminder: PlannedReminder): ReminderScreen =>
  reminder.kind === 'warm-up' || reminder.kind === 'cool-down' ? 'player' : 'today'

/**
 * Sends reminders: asks the planner for the next one, sleeps until it is due (through the shared
 * scheduler: one timer), sends it, and after a gap sends at most one catch-up per kind.
 */
export class ReminderEngine {
  readonly #options: ReminderEngineOptions
  /** The last instant the engine looked at the plan; a gap since then is caught up, not replayed. */
  #checkedUpToMs: number

  constructor(options: ReminderEngineOptions) {
    this.#options = options
    this.#checkedUpToMs = options.clock.now()
  }

  /** Recomputes the next reminder from the wall clock (after any change, wake-up, clock or zone change). */
  replan(): void {
    const nowMs = this.#options.clock.now()
    if (nowMs - this.#checkedUpToMs > GAP_MS || nowMs < this.#checkedUpToMs) this.#catchUp(nowMs)
    this.#checkedUpToMs = nowMs
    const next = planReminders(this.#options.plannerInput(), nowMs + HORIZON_MS)[0]
    this.#options.scheduler.set('reminder', next ? Math.max(next.dueAtMs, nowMs) : null, () => this.#due())
  }

  /** The upcoming reminders until the end of the day, for the window and the tray. */
  upcoming(): PlannedReminder[] {
    return planReminders(this.#options.plannerInput())
  }

  #catchUp(nowMs: number): void {
    const since = Math.min(this.#checkedUpToMs, nowMs)
    for (const reminder of catchUpReminders(this.#options.plannerInput(), since)) this.#send(reminder, true)
  }

  #due(): void {
    const nowMs = this.#options.clock.now()
    if (nowMs - this.#checkedUpToMs > GAP_MS) {
      this.replan()
      return
    }
    // Plan from the last look, not from now: the timer fires a little after the due instant.
    const input = { ...this.#options.plannerInput(), nowMs: Math.min(this.#checkedUpToMs, nowMs) }
    const due = planReminders(input, nowMs + 1).filter((reminder) => reminder.dueAtMs <= nowMs)
    const hydrationWaits = due.some((reminder) => reminder.kind === 'hydration') && this.#userAway()
    for (const reminder of due) {
      if (reminder.kind !== 'hydration' || !hydrationWaits) this.#send(reminder, false)
    }
    this.#checkedUpToMs = nowMs
    if (hydrationWaits) {
      this.#options.scheduler.set('reminder', nowMs + IDLE_RECHECK_MS, () => this.#due())
      return
    }
    this.replan()
  }

  #userAway(): boolean {
    const idle = this.#options.idleState?.() ?? 'unknown'
    return idle === 'idle' || idle === 'locked'
  }

  #send(reminder: PlannedReminder, catchUp: boolean): void {
    const fired: FiredReminder = {
      id: reminder.id,
      kind: reminder.kind,
      dueAtMs: reminder.dueAtMs,
      firedAtMs: this.#options.clock.now(),
      ...(reminder.amountMl !== undefined ? { amountMl: reminder.amountMl } : {}),
      ...(reminder.workoutId !== undefined ? { workoutId: reminder.workoutId } : {}),
      catchUp,
      response: 'none'
    }
    this.#options.record(fired)
    const notifier = this.#options.notifier
    if (!notifier) return
    void notifier.show({ id: reminder.id, ...this.#options.text(reminder) }).then((outcome) => {
      if (outcome === 'clicked') this.#options.clicked(fired, screenFor(reminder))
      if (outcome === 'snoozed') this.#options.snoozed(fired)
    })
  }
}
