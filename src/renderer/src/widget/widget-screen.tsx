import { useEffect, useState, type ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { useAppActions } from '../api/app-state'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { routeHref } from '../shell/navigation'
import { StateGate } from '../shell/state-gate'
import { WidgetNextReminder } from './widget-next-reminder'
import { WidgetRing } from './widget-ring'
import { isActiveSession, WidgetSession } from './widget-session'
import './widget.css'
import '../i18n/widget-strings'

/** How long "Logged 250 ml" stays before the line clears for the next glass. */
const CONFIRMATION_MS = 3000

type Message = { readonly kind: 'status' | 'error'; readonly text: string }

/** The two buttons: log the configured glass in one click, and bring the full window up. */
function WidgetActions({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const [message, setMessage] = useState<Message>()
  const { glassMl, volumeUnit } = state.settings
  const glass = formatVolume(glassMl, volumeUnit)

  useEffect(() => {
    if (message?.kind !== 'status') return
    const timer = window.setTimeout(() => setMessage(undefined), CONFIRMATION_MS)
    return () => window.clearTimeout(timer)
  }, [message])

  const logGlass = async (): Promise<void> => {
    const outcome = await perform('logWater', { amountMl: glassMl })
    setMessage(
      outcome.ok
        ? { kind: 'status', text: t('widget.logged', { amount: glass }) }
        : { kind: 'error', text: t('widget.logFailed') }
    )
  }
  const openLimber = async (): Promise<void> => {
    const outcome = await perform('showMainWindow', {})
    if (!outcome.ok) setMessage({ kind: 'error', text: t('widget.openFailed') })
  }

  return (
    <div className="widget-actions">
      <button type="button" className="button-primary" onClick={() => void logGlass()}>
        {t('widget.logGlass', { amount: glass })}
      </button>
      {state.mode === 'desktop' ? (
        <button type="button" onClick={() => void openLimber()}>
          {t('widget.openLimber')}
        </button>
      ) : (
        // A tab has no window to raise: the full app is a link away on the same page.
        <a className="button-link" href={routeHref('today')}>
          {t('widget.openLimber')}
        </a>
      )}
      {/* Both live regions stay in the page, so a screen reader hears each new message. */}
      <div className="widget-messages">
        <p role="status" className="widget-message">
          {message?.kind === 'status' ? message.text : ''}
        </p>
        <p role="alert" className="widget-message widget-error">
          {message?.kind === 'error' ? message.text : ''}
        </p>
      </div>
    </div>
  )
}

/** The glanceable widget (#/widget): water ring, next reminder, the routine in progress, and two buttons. */
export function WidgetScreen(): ReactNode {
  const t = useTranslation()
  return (
    <StateGate>
      {(state) => (
        <div className={state.mode === 'desktop' ? 'widget widget-window' : 'widget widget-page'}>
          <h1 className="visually-hidden">{t('widget.title')}</h1>
          <div className="widget-glance">
            <WidgetRing day={state.today} unit={state.settings.volumeUnit} />
            <WidgetNextReminder state={state} />
          </div>
          {isActiveSession(state.session) && <WidgetSession session={state.session} />}
          <WidgetActions state={state} />
        </div>
      )}
    </StateGate>
  )
}
