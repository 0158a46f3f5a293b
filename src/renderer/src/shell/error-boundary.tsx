import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'

/** What a boundary stands for: the open screen (the header stays), or the whole window (the last resort). */
export type FailingPart = 'screen' | 'window'

interface ErrorBoundaryProps {
  readonly part: FailingPart
  /** The open screen, for a screen's boundary: when it changes, a failed boundary tries again. */
  readonly resetKey?: string
  readonly children: ReactNode
}

interface ErrorBoundaryState {
  readonly failed: boolean
}

const logLines: Record<FailingPart, string> = {
  screen: 'Limber could not show this screen',
  window: 'Limber could not show its window'
}

/**
 * What the window shows when something in it throws while rendering, or its code cannot be fetched (browser mode
 * started again after an update: the new build no longer has the old files the open page asks for). Without it
 * React would empty the whole window.
 * - Around the open screen (`part="screen"`): the header and navigation stay; in the screen's place, a plain
 *   message and Reload. Opening another screen (a new `resetKey`) tries again.
 * - Around the whole window (`part="window"`, in main.tsx): the last resort for the header, the navigation and
 *   what serves every screen; the same message for the window, and Reload.
 *
 * Nothing is lost either way: the journal and settings are the service's, not the page's.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true }
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false })
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(logLines[this.props.part], error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return this.props.part === 'screen' ? (
      <PartFailed part="screen" />
    ) : (
      <main id="main" tabIndex={-1}>
        <PartFailed part="window" />
      </main>
    )
  }
}

function PartFailed({ part }: { readonly part: FailingPart }): ReactNode {
  const t = useTranslation()
  const texts = part === 'screen' ? 'app.screenFailed' : 'app.windowFailed'
  return (
    <div role="alert" className="part-failed">
      <h1>{t(`${texts}.title`)}</h1>
      <p>{t(`${texts}.body`)}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  )
}
