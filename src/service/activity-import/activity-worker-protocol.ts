/** The messages between the service and the activity worker (one job per worker). */
import type { ActivityImportProblem } from './import-errors'
import type { ActivityFileResult, ActivityReadProgress } from './read-activity-file'

/** The job: the picked file's name and a copy of its bytes. */
export interface ActivityWorkerJob {
  readonly name: string
  readonly bytes: Uint8Array
}

/** What the worker reports: progress any number of times, then exactly one outcome. */
export type ActivityWorkerReport =
  | { readonly kind: 'progress'; readonly progress: ActivityReadProgress }
  | { readonly kind: 'done'; readonly results: ActivityFileResult[] }
  | { readonly kind: 'refused'; readonly problem: ActivityImportProblem }
