import type { ReactNode } from 'react'
import { describedBy, FieldError } from '../../shell/field-error'

/** What every editor field takes: a DOM id, a visible label, the value and its error. */
interface FieldProps {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly error?: string | undefined
  readonly onChange: (value: string) => void
}

/** A one-line text field with its label and error. */
export function TextField({
  id,
  label,
  value,
  error,
  onChange,
  maxLength
}: FieldProps & { readonly maxLength: number }): ReactNode {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError fieldId={id} message={error} />
    </div>
  )
}

/** A multi-line text field with its label and error. */
export function TextAreaField({ id, label, value, error, onChange }: FieldProps): ReactNode {
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError fieldId={id} message={error} />
    </div>
  )
}

/** A whole-number field (typed text is kept as is, so a typo is pointed out, not silently changed). */
export function WholeNumberField({
  id,
  label,
  value,
  error,
  onChange,
  min,
  max
}: FieldProps & { readonly min: number; readonly max: number }): ReactNode {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError fieldId={id} message={error} />
    </div>
  )
}

/** A select with its label and error. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  error,
  onChange,
  options
}: Omit<FieldProps, 'onChange' | 'value'> & {
  readonly value: V
  readonly onChange: (value: V) => void
  readonly options: readonly { readonly value: V; readonly label: string }[]
}): ReactNode {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(error))}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError fieldId={id} message={error} />
    </div>
  )
}
