/**
 * The port the service imports activities through. Parsing a large file takes seconds of CPU, so the
 * running companion uses the worker implementation (worker-activity-parser.ts); the in-thread one
 * serves tests and tools where blocking does not matter.
 */
import { readActivityFile, type ActivityFileResult, type ActivityReadProgress } from './read-activity-file'

/** Options for one parse: progress reports and cancellation. */
export interface ActivityParseOptions {
  readonly onProgress?: (progress: ActivityReadProgress) => void
  /** Aborting stops the parse; the promise then rejects with an ActivityImportError coded 'cancelled'. */
  readonly signal?: AbortSignal
}

/** Reads a picked file into activity summaries (see readActivityFile for what it returns and refuses). */
export interface ActivityParser {
  parse(name: string, bytes: Uint8Array, options?: ActivityParseOptions): Promise<ActivityFileResult[]>
}

/** Parses on the calling thread: for tests and command-line tools, never the running service. */
export const inThreadActivityParser: ActivityParser = {
  parse: (name, bytes, options = {}) => readActivityFile(name, bytes, options)
}
