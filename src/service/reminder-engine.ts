import { catchUpReminders, planReminders, type PlannerInput } from '../core/reminders/planner'
import type { FiredReminder, PlannedReminder } from '../core/reminders/reminders'
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
  /**
   * The last instant the engine looked at the plan while awake. Until the reminder timer is due nothing was,
   * so only a real gap (a wake-up, a clock change, or the timer firing late) is caught up from here.
   */
  #checkedUpToMs: number
  /** When the reminder timer was armed for, or null when none is armed. */
  #armedForMs: number | null = null

  constructor(options: ReminderEngineOptions) {
    this.#options = options
    this.#checkedUpToMs = options.clock.now()
  }

  /**
   * Recomputes the next reminder from the wall clock after a change (settings, a drink, setup finished).
   * Never a catch-up: time since the last look passed awake, and what the old plan had due the timer sent.
   */
  replan(): void {
    this.#plan(this.#options.clock.now())
  }

  /**
   * The machine woke up or the clock or time zone changed: replans from the wall clock, and first sends
   * at most one catch-up per kind for what fell due in the gap.
   */
  resumed(): void {
    const nowMs = this.#options.clock.now()
    if (nowMs !== this.#checkedUpToMs) this.#catchUp(nowMs)
    this.#plan(nowMs)
  }

  /** The upcoming reminders until the end of the day, for the window and the tray. */
  upcoming(): PlannedReminder[] {
    return planReminders(this.#options.plannerInput())
  }

  #plan(nowMs: number): void {
    this.#checkedUpToMs = nowMs
    const next = planReminders(this.#options.plannerInput(), nowMs + HORIZON_MS)[0]
    this.#arm(next ? Math.max(next.dueAtMs, nowMs) : null)
  }

  #arm(dueMs: number | null): void {
    this.#armedForMs = dueMs
    this.#options.scheduler.set('reminder', dueMs, () => this.#due())
  }

  #catchUp(nowMs: number): void {
    const since = Math.min(this.#checkedUpToMs, nowMs)
    for (const reminder of catchUpReminders(this.#options.plannerInput(), since)) this.#send(reminder, true)
  }

  #due(): void {
    const nowMs = this.#options.clock.now()
    // A timer that fires well after its due time means the machine slept or the clock jumped.
    if (this.#armedForMs === null || nowMs - this.#armedForMs > GAP_MS) {
      this.resumed()
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
      this.#arm(nowMs + IDLE_RECHECK_MS)
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
