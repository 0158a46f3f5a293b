/**
 * The activity worker's entry (built as out/main/activity-worker.js): reads one picked file off the
 * service's thread and reports progress and the outcome to its parent.
 */
import { parentPort } from 'node:worker_threads'
import type { ActivityWorkerJob, ActivityWorkerReport } from './activity-worker-protocol'
import { toActivityImportProblem } from './import-errors'
import { readActivityFile } from './read-activity-file'

const port = parentPort
if (port) {
  const report = (message: ActivityWorkerReport) => port.postMessage(message)
  port.once('message', (job: ActivityWorkerJob) => {
    readActivityFile(job.name, job.bytes, { onProgress: (progress) => report({ kind: 'progress', progress }) })
      .then((results) => report({ kind: 'done', results }))
      .catch((error: unknown) => report({ kind: 'refused', problem: toActivityImportProblem(error) }))
      .finally(() => port.close())
  })
}
