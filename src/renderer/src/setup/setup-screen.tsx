import { useRef, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { useTranslation } from '../i18n/use-translation'
import { ActiveHoursFieldset } from '../settings/active-hours-fieldset'
import { withActiveDay, withMondayEverywhere, withVolumeUnit } from '../settings/settings-draft'
import { UnitsFieldset } from '../settings/units-fieldset'
import { FormProblems } from '../shell/field-error'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { setupStepKeys } from './setup-check'
import { setupSteps } from './setup-draft'
import { SetupDone } from './setup-done'
import { SetupGoalStep } from './setup-goal-step'
import { SetupRemindersStep } from './setup-reminders-step'
import { SetupWorkoutStep } from './setup-workout-step'
import { useSetupWizard, type SetupWizard } from './use-setup-wizard'
import '../i18n/setup-strings'
import '../settings/settings.css'
import './setup.css'

/** The open step's fields. */
function StepFields({ wizard, state }: { readonly wizard: SetupWizard; readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const { draft, edit, errorOf, setStatus } = wizard
  switch (wizard.step) {
    case 'units':
      return (
        <>
          <p className="muted">{t('setup.units.intro')}</p>
          <UnitsFieldset
            unit={draft.settings.volumeUnit}
            error={errorOf('volumeUnit')}
            onChange={(unit) =>
              edit((previous) => ({ ...previous, settings: withVolumeUnit(previous.settings, unit) }), 'volumeUnit')
            }
          />
        </>
      )
    case 'hours':
      return (
        <ActiveHoursFieldset
          activeHours={draft.settings.activeHours}
          errorOf={errorOf}
          onDayChange={(day, change) =>
            edit(
              (previous) => ({ ...previous, settings: withActiveDay(previous.settings, day, change) }),
              ...['enabled', 'start', 'end'].map((part) => `activeHours.${day}.${part}`)
            )
          }
          onCopyMonday={() => {
            edit(
              (previous) => ({ ...previous, settings: withMondayEverywhere(previous.settings) }),
              ...setupStepKeys.hours
            )
            setStatus(t('settings.copiedMonday'))
          }}
        />
      )
    case 'goal':
      return <SetupGoalStep wizard={wizard} />
    case 'workout':
      return <SetupWorkoutStep wizard={wizard} plannedCount={state.settings.workouts.length} />
    case 'reminders':
      return <SetupRemindersStep wizard={wizard} mode={state.mode} />
  }
}

/** The steps as a list with the open one marked, then the open step as a form with Back, Next or Finish, and Skip. */
function SetupForm({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const wizard = useSetupWizard(state, headingRef)
  const { stepIndex, step } = wizard
  const last = stepIndex === setupSteps.length - 1
  if (wizard.finished) return <SetupDone state={state} />
  return (
    <div className="setup">
      <ol className="setup-progress" aria-label={t('setup.progressLabel')}>
        {setupSteps.map((each, index) => (
          <li
            key={each}
            className={index < stepIndex ? 'is-done' : undefined}
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            {t(`setup.steps.${each}`)}
          </li>
        ))}
      </ol>
      <form
        className="card-form setup-form"
        aria-labelledby="setup-step-heading"
        noValidate
        onSubmit={(event) => void wizard.submit(event)}
      >
        <h2 id="setup-step-heading" ref={headingRef} tabIndex={-1}>
          {t('setup.stepHeading', { step: stepIndex + 1, total: setupSteps.length, title: t(`setup.steps.${step}`) })}
        </h2>
        <StepFields wizard={wizard} state={state} />
        <div className="form-actions setup-actions">
          {stepIndex > 0 && (
            <button type="button" onClick={wizard.back}>
              {t('setup.back')}
            </button>
          )}
          <button type="submit" className="button-primary">
            {last ? t('setup.finish') : t('setup.next')}
          </button>
          <button type="button" className="button-quiet setup-skip" onClick={() => void wizard.skip()}>
            {t('setup.skip')}
          </button>
        </div>
        <div className="setup-messages">
          <p role="status" className="form-status">
            {wizard.status}
          </p>
          <FormProblems summary={wizard.summary} failure={wizard.failure} />
        </div>
      </form>
    </div>
  )
}

/** First-run setup (#/setup): units, active hours, daily goal, a first workout and reminders, or skip it all. */
export function SetupScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('setup.title')}</ScreenHeading>
      <p className="setup-intro">{t('setup.intro')}</p>
      <StateGate>{(state) => <SetupForm state={state} />}</StateGate>
    </>
  )
}
