import type { Clock } from './ports'

interface Due {
  readonly dueMs: number
  readonly callback: () => void
}

/**
 * Many things fall due (the next reminder, the next routine step), but the companion holds exactly
 * one clock timer: armed for the earliest of them and re-armed whenever one changes.
 */
export class Scheduler {
  readonly #clock: Clock
  readonly #due = new Map<string, Due>()
  #timer: unknown = undefined
  #armedForMs: number | null = null

  constructor(clock: Clock) {
    this.#clock = clock
  }

  /** Sets (or, with `dueMs` null, clears) what `key` waits for; replaces its previous due time. */
  set(key: string, dueMs: number | null, callback: () => void): void {
    if (dueMs === null) this.#due.delete(key)
    else this.#due.set(key, { dueMs, callback })
    this.#arm()
  }

  /** Whether the one timer is armed. */
  get armed(): boolean {
    return this.#timer !== undefined
  }

  /** Clears everything; no timer stays armed. */
  dispose(): void {
    this.#due.clear()
    this.#arm()
  }

  #arm(): void {
    const earliest = Math.min(...[...this.#due.values()].map((due) => due.dueMs))
    const next = Number.isFinite(earliest) ? earliest : null
    if (next === this.#armedForMs && (next === null) === (this.#timer === undefined)) return
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer)
    this.#timer = undefined
    this.#armedForMs = next
    if (next === null) return
    this.#timer = this.#clock.setTimeout(() => this.#fire(), Math.max(0, next - this.#clock.now()))
  }

  #fire(): void {
    this.#timer = undefined
    this.#armedForMs = null
    const nowMs = this.#clock.now()
    const ready = [...this.#due.entries()].filter(([, due]) => due.dueMs <= nowMs)
    for (const [key] of ready) this.#due.delete(key)
    for (const [, due] of ready) due.callback()
    this.#arm()
  }
}
