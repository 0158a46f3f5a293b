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
  runningActivityParser,
  type WorkerActivityParserOptions
} from './worker-activity-parser'
