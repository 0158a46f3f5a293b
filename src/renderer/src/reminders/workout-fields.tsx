import type { ReactNode } from 'react'
import { reminderLimits, workoutKinds, type WorkoutKind } from '../../../core/reminders/reminders'
import type { Settings } from '../../../core/settings/settings'
import { useTranslation } from '../i18n/use-translation'
import { NumberField } from '../settings/number-field'
import { describedBy, FieldError } from '../shell/field-error'
import { FieldFrame } from '../shell/field-frame'
import { draftWorkoutNote } from './held-reminders'
import { HeldRemindersNote, wallClockMs } from './held-reminders-note'
import { mondayFirst } from './plan-format'
import { withWeekday, type WorkoutDraft, type WorkoutFieldKey } from './workout-draft'
import '../i18n/reminder-strings'

/** What the shared workout fields need: the draft, where each field lives, its error, and how to change it. */
export interface WorkoutFieldsProps {
  readonly draft: WorkoutDraft
  readonly fieldId: (key: WorkoutFieldKey) => string
  readonly errorOf: (key: WorkoutFieldKey) => string | undefined
  readonly onChange: (change: Partial<WorkoutDraft>, touched: WorkoutFieldKey) => void
}

/** The workout's kind, as a select. */
export function WorkoutKindField({ draft, fieldId, errorOf, onChange }: WorkoutFieldsProps): ReactNode {
  const t = useTranslation()
  const id = fieldId('kind')
  const error = errorOf('kind')
  return (
    <div className="field">
      <label htmlFor={id}>{t('workoutPlan.kindLabel')}</label>
      <select
        id={id}
        value={draft.kind}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(error))}
        onChange={(event) => onChange({ kind: event.target.value as WorkoutKind }, 'kind')}
      >
        {workoutKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`workoutPlan.kind.${kind}`)}
          </option>
        ))}
      </select>
      <FieldError fieldId={id} message={error} />
    </div>
  )
}

/** The weekdays of a weekly workout, Monday first, as checkboxes. */
export function WorkoutWeekdays({ draft, fieldId, errorOf, onChange }: WorkoutFieldsProps): ReactNode {
  const t = useTranslation()
  const id = fieldId('weekdays')
  const error = errorOf('weekdays')
  return (
    <fieldset id={id} className="choice-group weekday-choices" aria-describedby={describedBy(id, Boolean(error))}>
      <legend>{t('workoutPlan.days')}</legend>
      {mondayFirst.map((day) => (
        <label key={day} className="choice">
          <input
            type="checkbox"
            checked={draft.weekdays.includes(day)}
            aria-invalid={error ? true : undefined}
            onChange={(event) =>
              onChange({ weekdays: withWeekday(draft, day, event.target.checked).weekdays }, 'weekdays')
            }
          />
          {t(`weekdays.${day}`)}
        </label>
      ))}
      <FieldError fieldId={id} message={error} />
    </fieldset>
  )
}

/**
 * The start time and the duration in minutes. Under the time, a note names the reminders that quiet hours or
 * active hours would hold back, worked out from `plannerSettings` as the fields change (none without them).
 * It sits below the field rather than as TimeField's hint above it, so the field does not jump while typing.
 */
export function WorkoutTimeAndDuration({
  draft,
  fieldId,
  errorOf,
  onChange,
  plannerSettings
}: WorkoutFieldsProps & { readonly plannerSettings?: Settings | undefined }): ReactNode {
  const t = useTranslation()
  const timeId = fieldId('time')
  const timeError = errorOf('time')
  const noteId = `${timeId}-held-reminders`
  const note = plannerSettings ? draftWorkoutNote(plannerSettings, draft, wallClockMs()) : ''
  return (
    <>
      <FieldFrame id={timeId} label={t('workoutPlan.time')} error={timeError}>
        {(control) => (
          <>
            <input
              {...control}
              aria-describedby={describedBy(timeId, Boolean(timeError), note ? noteId : undefined)}
              type="time"
              value={draft.time}
              onChange={(event) => onChange({ time: event.target.value }, 'time')}
            />
            <HeldRemindersNote id={noteId} text={note} />
          </>
        )}
      </FieldFrame>
      <NumberField
        id={fieldId('durationMinutes')}
        label={t('workoutPlan.duration')}
        value={draft.durationText}
        error={errorOf('durationMinutes')}
        min={reminderLimits.workoutMinutes.min}
        max={reminderLimits.workoutMinutes.max}
        step={1}
        onChange={(durationText) => onChange({ durationText }, 'durationMinutes')}
      />
    </>
  )
}
