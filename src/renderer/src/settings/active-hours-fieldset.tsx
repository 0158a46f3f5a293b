import type { ReactNode } from 'react'
import type { ActiveDay, ActiveHours } from '../../../core/settings/settings'
import type { Weekday } from '../../../core/time/weekdays'
import { useTranslation } from '../i18n/use-translation'
import { describedBy, fieldErrorId } from '../shell/field-error'
import { settingsFieldId } from './settings-check'
import { displayWeekdays } from './settings-draft'

/** Per weekday: whether Limber may remind, and from when until when; plus "Copy Monday to all days". */
export function ActiveHoursFieldset({
  activeHours,
  onDayChange,
  onCopyMonday,
  errorOf
}: {
  readonly activeHours: ActiveHours
  readonly onDayChange: (day: Weekday, change: Partial<ActiveDay>) => void
  readonly onCopyMonday: () => void
  readonly errorOf: (key: string) => string | undefined
}): ReactNode {
  const t = useTranslation()
  return (
    <fieldset className="active-hours" aria-describedby="active-hours-hint">
      <legend>{t('settings.activeHours')}</legend>
      <p id="active-hours-hint" className="field-hint">
        {t('settings.activeHoursHint')}
      </p>
      <div className="active-hours-grid">
        <div className="active-hours-head" aria-hidden="true">
          <span />
          <span>{t('settings.from')}</span>
          <span>{t('settings.until')}</span>
        </div>
        {displayWeekdays.map((day) => {
          const dayName = t(`weekdays.${day}`)
          const keys = {
            enabled: `activeHours.${day}.enabled`,
            start: `activeHours.${day}.start`,
            end: `activeHours.${day}.end`
          }
          const errors = { enabled: errorOf(keys.enabled), start: errorOf(keys.start), end: errorOf(keys.end) }
          const ids = {
            enabled: settingsFieldId(keys.enabled),
            start: settingsFieldId(keys.start),
            end: settingsFieldId(keys.end)
          }
          const { enabled, start, end } = activeHours[day]
          return (
            <div key={day} className={enabled ? 'active-day' : 'active-day is-off'} role="group" aria-label={dayName}>
              <label className="choice">
                <input
                  id={ids.enabled}
                  type="checkbox"
                  checked={enabled}
                  aria-invalid={errors.enabled ? true : undefined}
                  aria-describedby={describedBy(ids.enabled, Boolean(errors.enabled))}
                  onChange={(event) => onDayChange(day, { enabled: event.target.checked })}
                />
                {dayName}
              </label>
              <input
                id={ids.start}
                type="time"
                aria-label={t('settings.dayFrom', { day: dayName })}
                value={start}
                aria-invalid={errors.start ? true : undefined}
                aria-describedby={describedBy(ids.start, Boolean(errors.start))}
                onChange={(event) => onDayChange(day, { start: event.target.value })}
              />
              <input
                id={ids.end}
                type="time"
                aria-label={t('settings.dayUntil', { day: dayName })}
                value={end}
                aria-invalid={errors.end ? true : undefined}
                aria-describedby={describedBy(ids.end, Boolean(errors.end))}
                onChange={(event) => onDayChange(day, { end: event.target.value })}
              />
              {(['enabled', 'start', 'end'] as const).map((part) =>
                errors[part] ? (
                  <p key={part} id={fieldErrorId(ids[part])} className="field-error day-error">
                    {errors[part]}
                  </p>
                ) : null
              )}
            </div>
          )
        })}
      </div>
      <button type="button" onClick={onCopyMonday}>
        {t('settings.copyMonday')}
      </button>
    </fieldset>
  )
}
