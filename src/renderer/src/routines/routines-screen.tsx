import { useEffect, useState, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { routinePurposes } from '../../../core/routines/routine'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { clearFlashMessage, peekFlashMessage } from '../shell/flash-message'
import { routeHref } from '../shell/navigation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { RoutineCard } from './routine-card'
import { useStartRoutine } from './use-start-routine'
import './routines.css'
import '../i18n/routine-strings'

/** Every routine, grouped by purpose, with what each card can do. */
function RoutineGroups({
  state,
  onStatus
}: {
  readonly state: AppState
  readonly onStatus: (text: string) => void
}): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const { start, failure } = useStartRoutine()
  const [actionFailure, setActionFailure] = useState('')
  const focusHeading = (): void => document.querySelector<HTMLElement>('#main h1')?.focus()

  const reset = async (id: string, name: string): Promise<void> => {
    const outcome = await perform('resetRoutine', { routineId: id })
    setActionFailure(outcome.ok ? '' : t('routines.resetFailed'))
    if (outcome.ok) onStatus(t('routines.resetDone', { name }))
  }
  const remove = async (id: string, name: string): Promise<void> => {
    const outcome = await perform('deleteRoutine', { routineId: id })
    setActionFailure(outcome.ok ? '' : t('routines.deleteFailed'))
    if (outcome.ok) {
      onStatus(t('routines.deleted', { name }))
      focusHeading()
    }
  }

  return (
    <>
      <p role="alert" className="form-failure">
        {failure || actionFailure}
      </p>
      {routinePurposes.map((purpose) => {
        const routines = state.routines.filter((routine) => routine.purpose === purpose)
        if (routines.length === 0) return null
        return (
          <section key={purpose} className="routine-group" aria-labelledby={`purpose-${purpose}`}>
            <h2 id={`purpose-${purpose}`}>{t(`routines.purpose.${purpose}`)}</h2>
            <ul className="routine-cards">
              {routines.map((routine) => (
                <li key={routine.id}>
                  <RoutineCard
                    routine={routine}
                    edited={state.editedBuiltInIds.includes(routine.id)}
                    running={state.session?.routine.id === routine.id && state.session.status !== 'abandoned'}
                    onStart={() => void start(routine.id)}
                    onReset={() => void reset(routine.id, routine.name)}
                    onDelete={() => void remove(routine.id, routine.name)}
                  />
                </li>
              ))}
            </ul>
            {purpose === 'relief' && (
              <p className="log-cramp-link">
                <a href={routeHref('cramp')}>{t('routines.logCramp')}</a>
              </p>
            )}
          </section>
        )
      })}
    </>
  )
}

/** Routines (#/routines): warm-up, cool-down and cramp relief, to start, edit, copy, reset or delete. */
export default function RoutinesScreen(): ReactNode {
  const t = useTranslation()
  const [status, setStatus] = useState('')
  const [flash] = useState(peekFlashMessage)

  useEffect(() => {
    clearFlashMessage()
    if (flash === undefined) return
    // Set once the status region is on the page, so screen readers announce the change.
    const timer = window.setTimeout(() => setStatus(flash), 50)
    return () => window.clearTimeout(timer)
  }, [flash])

  return (
    <>
      <ScreenHeading>{t('routines.title')}</ScreenHeading>
      <p className="routines-intro muted">{t('routines.intro')}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      <StateGate>{(state) => <RoutineGroups state={state} onStatus={setStatus} />}</StateGate>
    </>
  )
}
