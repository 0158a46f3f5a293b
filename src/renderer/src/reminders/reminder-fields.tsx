import type { ReactNode } from 'react'
import { describedBy, FieldError } from '../shell/field-error'
import { FieldFrame } from '../shell/field-frame'

/** What every field here takes: a DOM id, a visible label and its error. */
interface FieldProps {
  readonly id: string
  readonly label: string
  readonly error?: string | undefined
  readonly hint?: string | undefined
}

const hintIdOf = (id: string, hint: string | undefined): string | undefined => (hint ? `${id}-hint` : undefined)

/** A checkbox with its label, an optional hint and its error. */
export function CheckboxField({
  id,
  label,
  error,
  hint,
  checked,
  onChange
}: FieldProps & { readonly checked: boolean; readonly onChange: (checked: boolean) => void }): ReactNode {
  const hintId = hintIdOf(id, hint)
  return (
    <div className="field">
      <label className="choice">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(error), hintId)}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError fieldId={id} message={error} />
    </div>
  )
}

/** A time input (`HH:MM`) with its label and error. */
export function TimeField({
  id,
  label,
  error,
  hint,
  value,
  onChange
}: FieldProps & { readonly value: string; readonly onChange: (value: string) => void }): ReactNode {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => <input {...control} type="time" value={value} onChange={(event) => onChange(event.target.value)} />}
    </FieldFrame>
  )
}
