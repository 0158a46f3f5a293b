import { Suspense, type ReactNode } from 'react'
import { lazyAfterFirstPaint } from './after-first-paint'
import { AppStateProvider } from '../api/app-state'
import { LanguageFollower } from '../i18n/language-follower'
import { windowStore } from '../api/window-store'
import { useTranslation } from '../i18n/use-translation'
import { NoticeBanners } from '../notices/notice-banners'
import { FirstRunRedirect } from '../setup/first-run-redirect'
import { CrampButton } from './cramp-button'
import { MainNav } from './main-nav'
import { ReminderBannerSlot } from './reminder-banner-slot'
import { ErrorBoundary } from './error-boundary'
import { SkipLink } from './skip-link'
import { useHashRoute } from './use-hash-route'
import { WarningPanelSlot } from './warning-panel-slot'
import { WindowDrop } from './window-drop'

// Only a navigation away from unsaved changes opens it, which cannot happen before the first frame: it comes after
// it, its code fetched only then. (The drop target is there from the first frame: a file dropped on a page without
// one would be opened by the browser in its place.)
const LeaveDialog = lazyAfterFirstPaint(() => import('./leave-dialog').then((module) => module.LeaveDialog))

/** The window: skip link, header with the main navigation, notices, the waiting reminder, then the open screen (the compact timer: the screen alone). */
export function App(): ReactNode {
  const { route, param } = useHashRoute()
  const t = useTranslation()
  const screenKey = `${route.id}/${param ?? ''}`
  const screen = (
    <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
      <route.Screen key={screenKey} param={param} />
    </Suspense>
  )
  // One provider for both layouts, so moving between them keeps the loaded state.
  return (
    <AppStateProvider store={windowStore}>
      <LanguageFollower />
      <FirstRunRedirect route={route} />
      <LeaveDialog />
      {route.chrome === false ? (
        <main id="main" className="bare" tabIndex={-1}>
          <ErrorBoundary part="screen" resetKey={screenKey}>
            {screen}
          </ErrorBoundary>
        </main>
      ) : (
        <>
          <SkipLink />
          <WindowDrop />
          <header className="app-header">
            <span className="app-name">
              <svg className="app-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M12 2.5c3.8 4.6 6.5 8.3 6.5 11.6a6.5 6.5 0 0 1-13 0c0-3.3 2.7-7 6.5-11.6z" />
              </svg>
              <span className="app-name-text">{t('app.name')}</span>
            </span>
            <MainNav active={route} />
            <CrampButton />
          </header>
          <main id="main" tabIndex={-1}>
            {/* What already waits when the window opens comes with the screen (see part-above-screen.tsx). */}
            <ErrorBoundary part="screen" resetKey={screenKey}>
              <Suspense fallback={null}>
                <NoticeBanners />
                <WarningPanelSlot />
                <ReminderBannerSlot />
                {screen}
              </Suspense>
            </ErrorBoundary>
          </main>
        </>
      )}
    </AppStateProvider>
  )
}
