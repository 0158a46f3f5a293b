import type { DocumentFiles } from './document-files'

interface Waiter {
  readonly generation: number
  readonly resolve: () => void
  readonly reject: (error: unknown) => void
}

/**
 * Keeps one document in memory (the source of truth once it is open) and saves it by group commit: a change
 * starts a save at once; changes made while that save is on its way are gathered into the next single
 * atomic write. `saved()` tells a caller when the write holding its change is on disk.
 *
 * A save that fails puts the memory back to what the file holds, so nothing that was not saved is shown:
 * every change not yet on disk (the failed write's and any made on top of it since) is refused to its caller.
 */
export class DocumentSaver<T> {
  #value: T
  #onDisk: T
  /** Counts changes; `#savedGeneration` is the last one the file holds. */
  #generation = 0
  #savedGeneration = 0
  #saving = false
  #waiters: Waiter[] = []

  constructor(
    private readonly path: string,
    private readonly serialize: (value: T) => string,
    private readonly files: DocumentFiles,
    initial: T,
    private readonly onSaveFailed: (error: unknown) => void = () => {}
  ) {
    this.#value = initial
    this.#onDisk = initial
  }

  get value(): T {
    return this.#value
  }

  /** Takes a change in memory at once; it is written with the next save. */
  set(value: T): void {
    this.#value = value
    this.#generation += 1
    if (this.#saving) return
    this.#saving = true
    // After the current call finishes (a call may change a document more than once), not in the middle of it.
    void Promise.resolve().then(() => this.#saveAll())
  }

  /** Resolves once the file holds the value as it is now; rejects if the save holding it failed. */
  saved(): Promise<void> {
    if (this.#generation === this.#savedGeneration) return Promise.resolve()
    return new Promise((resolve, reject) => this.#waiters.push({ generation: this.#generation, resolve, reject }))
  }

  async #saveAll(): Promise<void> {
    while (this.#savedGeneration < this.#generation) {
      const generation = this.#generation
      const value = this.#value
      try {
        await this.files.writeAtomic(this.path, this.serialize(value))
      } catch (error) {
        this.#failed(error)
        break
      }
      this.#onDisk = value
      this.#savedGeneration = generation
      const [done, waiting] = partition(this.#waiters, (waiter) => waiter.generation <= generation)
      this.#waiters = waiting
      for (const waiter of done) waiter.resolve()
    }
    this.#saving = false
  }

  /** The file still holds `#onDisk`: so does memory from now on, and every change since is refused. */
  #failed(error: unknown): void {
    this.#value = this.#onDisk
    this.#savedGeneration = this.#generation
    const refused = this.#waiters
    this.#waiters = []
    for (const waiter of refused) waiter.reject(error)
    this.onSaveFailed(error)
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = []
  const no: T[] = []
  for (const item of items) (test(item) ? yes : no).push(item)
  return [yes, no]
}
