import type { ReactNode } from 'react'

/** The id of the error text that belongs to a field, for aria-describedby. */
export const fieldErrorId = (fieldId: string): string => `${fieldId}-error`

/** An error shown right next to its field; renders nothing when there is no error. */
export function FieldError({
  fieldId,
  message
}: {
  readonly fieldId: string
  readonly message?: string | undefined
}): ReactNode {
  if (!message) return null
  return (
    <p id={fieldErrorId(fieldId)} className="field-error">
      {message}
    </p>
  )
}

/** aria-describedby for a field: its hint and, when present, its error. */
export function describedBy(fieldId: string, hasError: boolean, hintId?: string): string | undefined {
  const ids = [hintId, hasError ? fieldErrorId(fieldId) : undefined].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** Below a form: the summary of what to fix, and an alert for a save that failed outright. */
export function FormProblems({
  summary,
  failure
}: {
  readonly summary?: string | undefined
  readonly failure?: string | undefined
}): ReactNode {
  return (
    <>
      {summary && <p className="form-summary">{summary}</p>}
      <p role="alert" className="form-failure">
        {failure}
      </p>
    </>
  )
}
