import type { ReactNode } from 'react'
import { describedBy, FieldError } from './field-error'

/** The accessibility attributes a control inside a FieldFrame must carry. */
export interface FieldControlProps {
  readonly id: string
  readonly 'aria-invalid': true | undefined
  readonly 'aria-describedby': string | undefined
}

/**
 * A labelled form control with an optional hint and its error right below: the one frame every text,
 * number, time and select field uses, so labels, hints and errors are wired the same way everywhere.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  wide = false,
  children
}: {
  readonly id: string
  readonly label: string
  readonly hint?: string | undefined
  readonly error?: string | undefined
  readonly wide?: boolean
  readonly children: (control: FieldControlProps) => ReactNode
}): ReactNode {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, Boolean(error), hintId)
      })}
      <FieldError fieldId={id} message={error} />
    </div>
  )
}
