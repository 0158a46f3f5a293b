import type { ReactNode } from 'react'
import { volumeUnits, type VolumeUnit } from '../../../core/settings/units'
import { useTranslation } from '../i18n/use-translation'
import { describedBy, FieldError } from '../shell/field-error'
import { settingsFieldId } from './settings-check'

const unitLabels = { ml: 'settings.unitMl', floz: 'settings.unitFloz' } as const satisfies Record<VolumeUnit, string>

/** The display unit for every volume, as a radio group. */
export function UnitsFieldset({
  unit,
  onChange,
  error
}: {
  readonly unit: VolumeUnit
  readonly onChange: (unit: VolumeUnit) => void
  readonly error?: string | undefined
}): ReactNode {
  const t = useTranslation()
  const id = settingsFieldId('volumeUnit')
  return (
    <fieldset id={id} className="units" aria-describedby={describedBy(id, Boolean(error))}>
      <legend>{t('settings.units')}</legend>
      {volumeUnits.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name="volumeUnit"
            value={option}
            checked={unit === option}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(option)}
          />
          {t(unitLabels[option])}
        </label>
      ))}
      <FieldError fieldId={id} message={error} />
    </fieldset>
  )
}
