import { useState, type FormEvent, type ReactNode } from 'react'
import type { CallOutcome } from '../../../contract/contract'
import { settingsLimits } from '../../../core/settings/settings-limits'
import type { VolumeUnit } from '../../../core/settings/units'
import {
  displayBounds,
  formatVolumeRange,
  hasTooManyDecimals,
  parseNumberInput,
  parseVolumeInput,
  tooManyDecimalsMessage
} from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { describedBy, FieldError } from '../shell/field-error'

const FIELD_ID = 'custom-amount'

/**
 * A number field for any other amount, typed in the display unit; checks it before anything is logged. Its error
 * is held by the caller, so that a newer message anywhere in the logger replaces it (and it replaces theirs).
 */
export function CustomAmountForm({
  unit,
  onLog,
  error,
  onError
}: {
  readonly unit: VolumeUnit
  readonly onLog: (amountMl: number) => Promise<CallOutcome<'logWater'>>
  readonly error: string | undefined
  readonly onError: (message: string | undefined) => void
}): ReactNode {
  const t = useTranslation()
  const [text, setText] = useState('')
  const setError = onError
  const limits = settingsLimits.customAmountMl
  const bounds = displayBounds(limits, unit)
  const rangeMessage = (): string => t('today.customRange', formatVolumeRange(limits, unit))

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    const amountMl = parseVolumeInput(text, unit, limits)
    if (amountMl === null) {
      if (parseNumberInput(text) === null) setError(t('today.customEmpty'))
      else setError(hasTooManyDecimals(text, unit) ? tooManyDecimalsMessage(unit) : rangeMessage())
      return
    }
    const outcome = await onLog(amountMl)
    if (outcome.ok) {
      setText('')
      return
    }
    const amountIssue = outcome.error.issues.some((issue) => issue.field === 'amountMl')
    setError(outcome.error.code === 'invalid_input' && amountIssue ? rangeMessage() : t('today.logFailed'))
  }

  return (
    <form className="custom-amount" noValidate onSubmit={(event) => void submit(event)}>
      <label htmlFor={FIELD_ID}>{t('today.customLabel', { unit: t(`units.${unit}`) })}</label>
      <div className="custom-amount-row">
        <input
          id={FIELD_ID}
          type="number"
          inputMode="decimal"
          min={bounds.min}
          max={bounds.max}
          step={unit === 'ml' ? 1 : 0.1}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(FIELD_ID, Boolean(error))}
          onChange={(event) => {
            setText(event.target.value)
            setError(undefined)
          }}
        />
        <button type="submit">{t('today.add')}</button>
      </div>
      <FieldError fieldId={FIELD_ID} message={error} />
    </form>
  )
}
