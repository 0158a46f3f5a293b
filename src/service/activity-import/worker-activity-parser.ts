/**
 * The ActivityParser the service uses: each picked file is read in its own worker thread, so a
 * 50 MB file never blocks the service's event loop. Cancelling terminates the worker; a worker that
 * runs out of its memory allowance refuses the file instead of taking the service down with it.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { inThreadActivityParser, type ActivityParser } from './activity-parser'
import type { ActivityWorkerJob, ActivityWorkerReport } from './activity-worker-protocol'
import { ActivityImportError } from './import-errors'

/**
 * The built worker (out/main/activity-worker.js, an entry of electron.vite.config.ts), found from the
 * module asking: an entry sits beside it, a shared chunk one folder below (out/main/chunks/). Undefined
 * when running from source, where there is no built worker.
 */
export function locateActivityWorker(fromUrl: string = import.meta.url): string | undefined {
  return ['./activity-worker.js', '../activity-worker.js']
    .map((relative) => fileURLToPath(new URL(relative, fromUrl)))
    .find((file) => existsSync(file))
}

/** Options for the worker parser. */
export interface WorkerActivityParserOptions {
  /** The heap a worker may use; a file needing more is refused as too large. */
  readonly maxHeapMb?: number
}

/** An ActivityParser running each parse in a fresh worker started from `workerFile` (a built .js file). */
export function createWorkerActivityParser(
  workerFile: string | URL,
  { maxHeapMb = 1536 }: WorkerActivityParserOptions = {}
): ActivityParser {
  return {
    parse: (name, bytes, { onProgress, signal } = {}) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(new ActivityImportError('cancelled', 'The import was cancelled.'))
        const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } })
        let settled = false
        const settle = (outcome: () => void) => {
          if (settled) return
          settled = true
          signal?.removeEventListener('abort', onAbort)
          void worker.terminate()
          outcome()
        }
        const onAbort = () => settle(() => reject(new ActivityImportError('cancelled', 'The import was cancelled.')))
        signal?.addEventListener('abort', onAbort, { once: true })
        worker.on('message', (report: ActivityWorkerReport) => {
          if (report.kind === 'progress') onProgress?.(report.progress)
          else if (report.kind === 'done') settle(() => resolve(report.results))
          else settle(() => reject(new ActivityImportError(report.problem.code, report.problem.message)))
        })
        worker.on('error', (error: Error & { code?: string }) =>
          settle(() =>
            reject(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new ActivityImportError('file-too-large', 'This file needs more memory to read than Limber allows.')
                : new ActivityImportError('parser-failed', `Limber could not read this file (${error.message}).`)
            )
          )
        )
        worker.on('exit', (code) =>
          settle(() =>
            reject(
              new ActivityImportError(
                'parser-failed',
                `Limber could not read this file (the reader stopped with code ${code}).`
              )
            )
          )
        )
        const copy = bytes.slice()
        const job: ActivityWorkerJob = { name, bytes: copy }
        worker.postMessage(job, [copy.buffer])
      })
  }
}

/** The parser a running Limber uses: the built worker beside the entry at `entryUrl`; in-thread only from source. */
export function runningActivityParser(entryUrl: string): ActivityParser {
  const worker = locateActivityWorker(entryUrl)
  return worker ? createWorkerActivityParser(worker) : inThreadActivityParser
}
