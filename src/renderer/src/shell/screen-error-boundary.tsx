import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'

interface ScreenErrorBoundaryProps {
  /** The open screen: when it changes, a failed boundary tries again (what it holds stays mounted meanwhile). */
  readonly screenKey: string
  readonly children: ReactNode
}

interface ScreenErrorBoundaryState {
  readonly failed: boolean
}

/**
 * What the window shows when a screen throws while rendering, or its code cannot be fetched (browser mode started
 * again after an update: the new build no longer has the old files the open page asks for). Without it React
 * would empty the whole window. The header and navigation stay; in the screen's place, a plain message and
 * Reload. Nothing is lost: the journal and settings are the service's, not the page's. Opening another screen
 * tries again.
 */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, ScreenErrorBoundaryState> {
  override state: ScreenErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): ScreenErrorBoundaryState {
    return { failed: true }
  }

  override componentDidUpdate(previous: ScreenErrorBoundaryProps): void {
    if (this.state.failed && previous.screenKey !== this.props.screenKey) this.setState({ failed: false })
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Limber could not show this screen', error, info.componentStack)
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children
  }
}

function ScreenFailed(): ReactNode {
  const t = useTranslation()
  return (
    <div role="alert" className="screen-failed">
      <h1>{t('app.screenFailed.title')}</h1>
      <p>{t('app.screenFailed.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.screenFailed.reload')}
      </button>
    </div>
  )
}
