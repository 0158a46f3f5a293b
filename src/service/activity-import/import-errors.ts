/**
 * Why an activity file was refused. Each refusal carries a stable code (the caller localises by it)
 * and a plain English message naming the problem, for logs and for callers without a translation.
 */

import { activityImportErrorCodes, type ActivityImportErrorCode } from '../../contract/slices/activities'

export { activityImportErrorCodes, type ActivityImportErrorCode }

/** A refusal: `code` for the caller's translation, `message` in plain English. */
export class ActivityImportError extends Error {
  override readonly name = 'ActivityImportError'
  constructor(
    readonly code: ActivityImportErrorCode,
    message: string
  ) {
    super(message)
  }
}

/** The refusal as plain data, for results and for crossing the worker boundary. */
export interface ActivityImportProblem {
  readonly code: ActivityImportErrorCode
  readonly message: string
}

/** True for a value that is one of the known refusal codes. */
export const isActivityImportErrorCode = (value: unknown): value is ActivityImportErrorCode =>
  typeof value === 'string' && (activityImportErrorCodes as readonly string[]).includes(value)

/** Any thrown value as a refusal; an unexpected error becomes 'parser-failed' with its message kept. */
export function toActivityImportProblem(error: unknown): ActivityImportProblem {
  if (error instanceof ActivityImportError) return { code: error.code, message: error.message }
  const detail = error instanceof Error ? error.message : String(error)
  return { code: 'parser-failed', message: `Limber could not read this file (${detail}).` }
}
