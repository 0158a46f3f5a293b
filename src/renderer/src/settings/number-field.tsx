import type { ReactNode } from 'react'
import { FieldFrame } from '../shell/field-frame'

/** A labelled number input with an optional hint and an error right below it. */
export function NumberField({
  id,
  label,
  value,
  onChange,
  onBlur,
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
  readonly onBlur?: () => void
  readonly error?: string | undefined
  readonly hint?: string
  readonly min: number
  readonly max: number
  readonly step: number
}): ReactNode {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </FieldFrame>
  )
}
