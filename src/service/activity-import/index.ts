/** Reading watch activity files (FIT, GPX, TCX, zips of them) into summaries: the service's entry points. */
export { inThreadActivityParser, type ActivityParseOptions, type ActivityParser } from './activity-parser'
export {
  ActivityImportError,
  activityImportErrorCodes,
  isActivityImportErrorCode,
  toActivityImportProblem,
  type ActivityImportErrorCode,
  type ActivityImportProblem
} from './import-errors'
export { activityImportLimits, type ActivityImportLimits } from './import-limits'
export { parseFit } from './parse-fit'
export { parseGpx } from './parse-gpx'
export { parseTcx } from './parse-tcx'
export {
  readActivityFile,
  sha256Hex,
  type ActivityFileResult,
  type ActivityReadOptions,
  type ActivityReadProgress,
  type ReadActivity,
  type RefusedActivity
} from './read-activity-file'
export {
  createWorkerActivityParser,
  locateActivityWorker,
  type WorkerActivityParserOptions
} from './worker-activity-parser'

import { inThreadActivityParser as inThread, type ActivityParser as Parser } from './activity-parser'
import {
  createWorkerActivityParser as workerParser,
  locateActivityWorker as locateWorker
} from './worker-activity-parser'

/** The parser a running Limber uses: the built worker beside the entry at `entryUrl`; in-thread only from source. */
export function runningActivityParser(entryUrl: string): Parser {
  const worker = locateWorker(entryUrl)
  return worker ? workerParser(worker) : inThread
}
