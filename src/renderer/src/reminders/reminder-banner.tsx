import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { CallName } from '../../../contract/contract'
import { snoozeMinutesChoices, type FiredReminder, type ReminderKind } from '../../../core/reminders/reminders'
import type { VolumeUnit } from '../../../core/settings/units'
import { useAppActions, useLoadedSelector, type Performed } from '../api/app-state'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { loadPlayer } from '../player/load-player'
import { navigateTo } from '../shell/navigation'
import { formatMinutes } from './plan-format'
import { reminderBody, reminderTitle } from './reminder-wording'
import './reminder-banner.css'
import '../i18n/reminder-strings'

/** The routine each workout reminder opens, with its button's label. */
const routineOf: Partial<
  Record<ReminderKind, { routineId: string; labelKey: 'reminderBanner.startWarmUp' | 'reminderBanner.startCoolDown' }>
> = {
  'warm-up': { routineId: 'warm-up', labelKey: 'reminderBanner.startWarmUp' },
  'cool-down': { routineId: 'cool-down', labelKey: 'reminderBanner.startCoolDown' }
}

/**
 * The primary answer when there is no routine to start: "Drank it" logs a drink reminder's amount, while an
 * electrolyte reminder (nothing to log or open) is only acknowledged with "Got it".
 */
function acknowledgementOf(
  reminder: FiredReminder,
  unit: VolumeUnit,
  t: ReturnType<typeof useTranslation>
): { readonly response: 'drank' | 'opened'; readonly label: string; readonly done: string } {
  if (reminder.kind === 'electrolytes') {
    return { response: 'opened', label: t('reminderBanner.gotIt'), done: t('reminderBanner.gotItDone') }
  }
  const done =
    reminder.amountMl === undefined
      ? t('reminderText.response.drankAny')
      : t('reminderBanner.drankDone', { amount: formatVolume(reminder.amountMl, unit) })
  return { response: 'drank', label: t('reminderBanner.drank'), done }
}

const focusScreenHeading = (): void => document.querySelector<HTMLElement>('#main h1')?.focus()

/**
 * The reminder waiting for an answer, above every screen: what it asks and its answers (drank it, got it or
 * start the routine, snooze, dismiss). It never takes focus; a status line says what an answer did.
 */
export default function ReminderBanner(): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const settings = useLoadedSelector((state) => state.settings)
  const waiting: FiredReminder | null = useLoadedSelector((state) => state.reminders.waiting) ?? null
  const waitingId = waiting?.id ?? null
  const [confirmation, setConfirmation] = useState('')
  const [failure, setFailure] = useState('')
  const [snoozeOpen, setSnoozeOpen] = useState(false)
  const [announcedId, setAnnouncedId] = useState<string | null>(null)
  const [shownId, setShownId] = useState(waitingId)
  const region = useRef<HTMLElement>(null)
  const snoozeButton = useRef<HTMLButtonElement>(null)
  const busy = useRef(false)

  // A new reminder starts with the snooze choices closed and no old failure.
  if (shownId !== waitingId) {
    setShownId(waitingId)
    setSnoozeOpen(false)
    setFailure('')
  }

  useEffect(() => {
    if (waitingId === null) return
    // The heading arrives once its live wrapper is on the page, so screen readers announce it.
    const timer = window.setTimeout(() => setAnnouncedId(waitingId), 50)
    return () => window.clearTimeout(timer)
  }, [waitingId])

  if (!settings) return null

  const answer = async (send: () => Promise<Performed<CallName>>, done: string): Promise<void> => {
    if (busy.current) return
    busy.current = true
    const hadFocus = region.current?.contains(document.activeElement) ?? false
    const outcome = await send()
    busy.current = false
    setFailure(outcome.ok ? '' : t('reminderBanner.failed'))
    if (!outcome.ok) return
    setConfirmation(done)
    // The banner goes when nothing else waits: keep keyboard focus on the page rather than losing it.
    if (hadFocus && outcome.state.reminders.waiting === null) focusScreenHeading()
  }

  const startRoutine = async (reminder: FiredReminder, routineId: string): Promise<void> => {
    if (busy.current) return
    busy.current = true
    // The player's code loads while the service starts the session.
    void loadPlayer()
    const started = await perform('startRoutine', { routineId })
    if (!started.ok) {
      busy.current = false
      setFailure(t('reminderBanner.startFailed'))
      return
    }
    await perform('respondToReminder', { reminderId: reminder.id, response: 'opened' })
    busy.current = false
    navigateTo('player')
  }

  const closeSnoozeOnEscape = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Escape') return
    setSnoozeOpen(false)
    snoozeButton.current?.focus()
  }

  const context = { unit: settings.volumeUnit, workouts: settings.workouts }
  const routine = waiting ? routineOf[waiting.kind] : undefined
  const acknowledge = waiting ? acknowledgementOf(waiting, context.unit, t) : null
  return (
    <>
      <p role="status" className="visually-hidden">
        {confirmation}
      </p>
      {waiting && (
        <section ref={region} role="region" aria-label={t('reminderBanner.label')} className="reminder-banner">
          <div className="reminder-banner-text">
            {/* A live wrapper, present before its heading arrives, so screen readers announce the heading. */}
            <div aria-live="polite" className="reminder-banner-title">
              {announcedId === waiting.id && <h2>{reminderTitle(waiting, context)}</h2>}
            </div>
            <p>{reminderBody(waiting, context)}</p>
            {waiting.catchUp && <p className="muted">{t('reminderBanner.late')}</p>}
            <p role="alert" className="form-failure">
              {failure}
            </p>
          </div>
          <div className="reminder-banner-actions" onKeyDown={closeSnoozeOnEscape}>
            {routine ? (
              <button
                type="button"
                className="button-primary"
                onPointerEnter={() => void loadPlayer()}
                onClick={() => void startRoutine(waiting, routine.routineId)}
              >
                {t(routine.labelKey)}
              </button>
            ) : (
              acknowledge && (
                <button
                  type="button"
                  className="button-primary"
                  onClick={() =>
                    void answer(
                      () => perform('respondToReminder', { reminderId: waiting.id, response: acknowledge.response }),
                      acknowledge.done
                    )
                  }
                >
                  {acknowledge.label}
                </button>
              )
            )}
            <button
              ref={snoozeButton}
              type="button"
              aria-expanded={snoozeOpen}
              aria-controls="reminder-snooze-choices"
              onClick={() => setSnoozeOpen((open) => !open)}
            >
              {t('reminderBanner.snooze')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                void answer(
                  () => perform('respondToReminder', { reminderId: waiting.id, response: 'dismissed' }),
                  t('reminderBanner.dismissedDone')
                )
              }
            >
              {t('reminderBanner.dismiss')}
              <span className="visually-hidden"> {t('reminderBanner.dismissName')}</span>
            </button>
            <div
              id="reminder-snooze-choices"
              role="group"
              aria-label={t('reminderBanner.snoozeFor')}
              className="snooze-choices"
              hidden={!snoozeOpen}
            >
              {snoozeMinutesChoices.map((minutes) => (
                <button
                  key={minutes}
                  type="button"
                  onClick={() =>
                    void answer(
                      () => perform('snoozeReminders', { kind: waiting.kind, minutes }),
                      t('reminderBanner.snoozedDone', { minutes: formatMinutes(minutes) })
                    )
                  }
                >
                  {formatMinutes(minutes)}
                </button>
              ))}
            </div>
          </div>
        </section>
      )}
    </>
  )
}
