import { useRef, useState, type ReactNode } from 'react'
import type { Performed } from '../api/app-state'
import type { AppState } from '../../../contract/state'
import { useAppActions, useAppSelector } from '../api/app-state'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { CustomAmountForm } from './custom-amount-form'
import { BottleIcon, GlassIcon } from './drink-icons'
import { LiveMessage, type LiveMessageValue } from './live-message'

type Message = LiveMessageValue

/** Quick-add buttons, a custom amount, undo, and a live region that says what just happened. */
export function DrinkLogger(): ReactNode {
  const t = useTranslation()
  const settings = useAppSelector((state) => state.settings)
  const today = useAppSelector((state) => state.today)
  const canUndo = useAppSelector((state) => state.canUndo)
  const { perform } = useAppActions()
  const [message, setLoggerMessage] = useState<Message>()
  const [customError, setCustomError] = useState<string>()
  // One message at a time: whatever the logger says last replaces the custom amount's error, and vice versa.
  const setMessage = (next: Message | undefined): void => {
    setLoggerMessage(next)
    setCustomError(undefined)
  }
  const showCustomError = (text: string | undefined): void => {
    if (text !== undefined) setLoggerMessage(undefined)
    setCustomError(text)
  }
  const glassButton = useRef<HTMLButtonElement>(null)
  const unit = settings.volumeUnit

  const progressOf = (next: AppState): string =>
    t('today.amountOfGoal', {
      total: formatVolume(next.today.totalMl, unit),
      goal: formatVolume(next.today.goalMl, unit)
    })

  // The custom amount form shows its own failures next to its field, so it passes reportFailure = false.
  const logDrink = async (amountMl: number, reportFailure = true): Promise<Performed<'logWater'>> => {
    const outcome = await perform('logWater', { amountMl })
    if (!outcome.ok) {
      setMessage(reportFailure ? { kind: 'error', text: t('today.logFailed') } : undefined)
      return outcome
    }
    const next = outcome.state
    const key = next.today.totalMl >= next.today.goalMl ? 'today.addedGoalMet' : 'today.added'
    setMessage({
      kind: 'status',
      text: t(key, { amount: formatVolume(amountMl, unit), progress: progressOf(next) }),
      totalMl: next.today.totalMl
    })
    return outcome
  }

  const undo = async (): Promise<void> => {
    const last = today.entries.at(-1)
    const outcome = await perform('undoLastWater', {})
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: t('today.undoFailed') })
      return
    }
    const amount = formatVolume(last?.amountMl ?? 0, unit)
    setMessage({
      kind: 'status',
      text: t('today.undone', { amount, progress: progressOf(outcome.state) }),
      totalMl: outcome.state.today.totalMl
    })
    // Undo disables itself when nothing is left; keep keyboard focus on a nearby control rather than the page.
    if (!outcome.state.canUndo) glassButton.current?.focus()
  }

  return (
    <section className="drink-logger" aria-labelledby="drink-logger-title">
      <h2 id="drink-logger-title">{t('today.logTitle')}</h2>
      <div className="quick-add drink-buttons">
        <button
          ref={glassButton}
          type="button"
          className="button-primary drink-button"
          onClick={() => void logDrink(settings.glassMl)}
        >
          <GlassIcon />
          {t('today.addGlass', { amount: formatVolume(settings.glassMl, unit) })}
        </button>
        <button type="button" className="button-primary drink-button" onClick={() => void logDrink(settings.bottleMl)}>
          <BottleIcon />
          {t('today.addBottle', { amount: formatVolume(settings.bottleMl, unit) })}
        </button>
      </div>
      <div className="drink-more">
        <CustomAmountForm
          unit={unit}
          onLog={(amountMl) => logDrink(amountMl, false)}
          error={customError}
          onError={showCustomError}
        />
        <button type="button" className="undo-button" onClick={() => void undo()} disabled={!canUndo}>
          {t('today.undo')}
        </button>
      </div>
      <LiveMessage message={message} currentTotalMl={today.totalMl} />
    </section>
  )
}
