import type { ReactNode } from 'react'
import { describedBy, FieldError } from '../shell/field-error'

/** A labelled number input with an optional hint and an error right below it. */
export function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  min,
  max,
  step
}: {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onChange: (text: string) => void
  readonly error?: string | undefined
  readonly hint?: string
  readonly min: number
  readonly max: number
  readonly step: number
}): ReactNode {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(error), hintId)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError fieldId={id} message={error} />
    </div>
  )
}
