import { startTransition, useOptimistic, useState, type ReactNode } from 'react'
import { useAppActions, useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { routeHref } from '../shell/navigation'
import '../i18n/widget-strings'

/**
 * "Show the widget": saved the moment it is ticked (not with the form's Save), as the tray's item is. A browser
 * tab cannot open a window above the others, so there it links to the widget's compact page instead.
 */
export function WidgetToggle(): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const mode = useLoadedSelector((state) => state.mode)
  const saved = useLoadedSelector((state) => state.settings.widget.enabled) ?? false
  // The box shows the new value while the service answers, instead of flicking back until it does.
  const [enabled, showEnabled] = useOptimistic(saved)
  const [failed, setFailed] = useState(false)
  if (mode === undefined) return null

  if (mode !== 'desktop') {
    return (
      <div className="field widget-toggle">
        <a href={routeHref('widget')} aria-describedby="widget-page-hint">
          {t('widget.settings.openPage')}
        </a>
        <p id="widget-page-hint" className="field-hint">
          {t('widget.settings.pageHint')}
        </p>
      </div>
    )
  }

  const change = (on: boolean): void =>
    startTransition(async () => {
      showEnabled(on)
      const outcome = await perform('updateSettings', { widget: { enabled: on } })
      setFailed(!outcome.ok)
    })

  return (
    <div className="field widget-toggle">
      <label className="choice">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby="widget-toggle-hint"
          onChange={(event) => change(event.target.checked)}
        />
        {t('widget.settings.show')}
      </label>
      <p id="widget-toggle-hint" className="field-hint">
        {t('widget.settings.hint')}
      </p>
      <p role="alert" className="field-error">
        {failed ? t('widget.settings.saveFailed') : ''}
      </p>
    </div>
  )
}
