import type { ReactNode } from 'react'
import { FieldFrame } from '../../shell/field-frame'

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
    <FieldFrame id={id} label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  )
}

/** A multi-line text field with its label and error. */
export function TextAreaField({ id, label, value, error, onChange }: FieldProps): ReactNode {
  return (
    <FieldFrame id={id} label={label} error={error} wide>
      {(control) => <textarea {...control} rows={3} value={value} onChange={(event) => onChange(event.target.value)} />}
    </FieldFrame>
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
    <FieldFrame id={id} label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
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
    <FieldFrame id={id} label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}
