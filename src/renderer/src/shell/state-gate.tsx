import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { useAppState } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'

/** Renders its children with the app state once it is loaded; until then a loading line, or the error and a retry. */
export function StateGate({ children }: { readonly children: (state: AppState) => ReactNode }): ReactNode {
  const { view, reload } = useAppState()
  const t = useTranslation()
  if (view.status === 'ready') return children(view.state)
  if (view.status === 'loading') return <p className="muted">{t('app.loading')}</p>
  return (
    <div role="alert" className="load-failed">
      <p>{t('app.loadFailed')}</p>
      <button type="button" onClick={reload}>
        {t('app.retry')}
      </button>
    </div>
  )
}
