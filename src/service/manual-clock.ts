import type { Clock } from './ports'

interface PendingTimer {
  readonly handle: number
  readonly dueMs: number
  readonly callback: () => void
}

/**
 * A clock that moves only when told, firing due timers in order as it passes them. Unit tests use it,
 * and browser mode's `--test-clock` uses it so end-to-end specs can move the service's time
 * together with Playwright's page clock.
 */
export class ManualClock implements Clock {
  #nowMs: number
  #nextHandle = 1
  #timers: PendingTimer[] = []

  constructor(startMs: number) {
    this.#nowMs = startMs
  }

  now(): number {
    return this.#nowMs
  }

  setTimeout(callback: () => void, delayMs: number): unknown {
    const handle = this.#nextHandle++
    this.#timers.push({ handle, dueMs: this.#nowMs + Math.max(0, delayMs), callback })
    return handle
  }

  clearTimeout(handle: unknown): void {
    this.#timers = this.#timers.filter((timer) => timer.handle !== handle)
  }

  /** How many timers are waiting. */
  get pendingTimers(): number {
    return this.#timers.length
  }

  /** Moves time forward by `ms`, firing each timer at its due time. */
  advance(ms: number): void {
    this.#runUntil(this.#nowMs + ms)
  }

  /** Jumps to `targetMs` (backwards too, like a clock set back), firing timers that fall due on the way. */
  set(targetMs: number): void {
    if (targetMs < this.#nowMs) this.#nowMs = targetMs
    else this.#runUntil(targetMs)
  }

  /**
   * The wall clock jumps to `targetMs` at once (sleep, a clock change): timers that fell due on the
   * way fire afterwards, late, all seeing the new time — as a real process sees it on waking.
   */
  jump(targetMs: number): void {
    this.#nowMs = targetMs
    this.#runUntil(targetMs)
  }

  #runUntil(targetMs: number): void {
    for (;;) {
      const due = this.#timers
        .filter((timer) => timer.dueMs <= targetMs)
        .sort((a, b) => a.dueMs - b.dueMs || a.handle - b.handle)[0]
      if (!due) break
      this.#timers = this.#timers.filter((timer) => timer !== due)
      this.#nowMs = Math.max(this.#nowMs, due.dueMs)
      due.callback()
    }
    this.#nowMs = targetMs
  }
}
