/** The service reads time only through this, so tests and end-to-end specs can move it. */
export interface Clock {
  now(): number
  setTimeout(callback: () => void, delayMs: number): unknown
  clearTimeout(handle: unknown): void
}

/** The real wall clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

/**
 * A persisted JSON document. electron-store (desktop) and conf (browser mode, tests) both fit:
 * reading `store` returns the whole document, assigning it writes the file atomically.
 */
export interface DocumentStore {
  readonly path: string
  store: Record<string, unknown>
}

/** The options both electron-store and conf are created with, so one set serves both modes. */
export interface DocumentStoreOptions {
  readonly cwd: string
  readonly configName: string
  readonly defaults: Record<string, unknown>
  readonly clearInvalidConfig: false
  readonly accessPropertiesByDotNotation: false
  readonly watch: false
  /** How the document is written (conf and electron-store default to tab-indented JSON). */
  readonly serialize?: (value: Record<string, unknown>) => string
}

/** Creates a store: `new ElectronStore(options)` in the desktop app, `new Conf(options)` elsewhere. */
export type DocumentStoreFactory = (options: DocumentStoreOptions) => DocumentStore
