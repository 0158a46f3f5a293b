import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { useAppActions, useAppSelector, useLoadStatus } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'

interface StateGateProps<T> {
  /** The part of the state the children need (the whole state if left out); they re-render when it changes. */
  readonly select?: (state: AppState) => T
  /** Elements that read the state themselves (useAppSelector), or a function of the selected part. */
  readonly children: ReactNode | ((selected: T) => ReactNode)
}

const wholeState = (state: AppState): AppState => state

function Selected<T>({
  select,
  render
}: {
  readonly select: (state: AppState) => T
  readonly render: (selected: T) => ReactNode
}) {
  return render(useAppSelector(select))
}

/** Renders its children once the state has loaded; until then a loading line, or the error and a retry. */
export function StateGate<T = AppState>({ select, children }: StateGateProps<T>): ReactNode {
  const status = useLoadStatus()
  const { reload } = useAppActions()
  const t = useTranslation()
  if (status.status === 'ready') {
    if (typeof children !== 'function') return children
    return <Selected select={select ?? (wholeState as (state: AppState) => T)} render={children} />
  }
  if (status.status === 'loading') return <p className="muted">{t('app.loading')}</p>
  return (
    <div role="alert" className="load-failed">
      <p>{t('app.loadFailed')}</p>
      <button type="button" onClick={reload}>
        {t('app.retry')}
      </button>
    </div>
  )
}
