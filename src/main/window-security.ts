import { isCitedSourceUrl } from '../core/health/sources'

/** A navigation Electron is about to make (`will-navigate`, `will-redirect`). */
export interface NavigationEventPort {
  readonly url: string
  preventDefault(): void
}

/** The part of a window's `webContents` the guards register on. */
export interface WebContentsPort {
  on(event: 'will-navigate', listener: (event: NavigationEventPort) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEventPort) => void): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void
}

/** Response headers as Electron's `onHeadersReceived` hands them over and takes them back. */
export type ResponseHeaders = Record<string, string | string[]>

/** The part of a `Session` the guards lock down. */
export interface SessionPort {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void
  ): void
  setPermissionCheckHandler(handler: () => boolean): void
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: { readonly responseHeaders?: ResponseHeaders },
        callback: (response: { responseHeaders?: ResponseHeaders }) => void
      ) => void
    ): void
  }
}

/**
 * Keeps a web contents on the app's own page: navigations and redirects elsewhere are stopped,
 * new windows and webviews are never created. Applied to every web contents, not only ours.
 * A link to one of the cited sources (an exact known https address) is handed to `openSource`,
 * which opens it in the default browser; every other address opens nothing.
 */
export function guardWebContents(
  contents: WebContentsPort,
  isAppUrl: (url: string) => boolean,
  openSource?: (url: string) => void
): void {
  const stayOnApp = (event: NavigationEventPort): void => {
    if (!isAppUrl(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnApp)
  contents.on('will-redirect', stayOnApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // No window is ever created in the app; the sources' own pages belong in the person's browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (openSource && isCitedSourceUrl(url)) openSource(url)
    return { action: 'deny' }
  })
}

/**
 * The page's Content-Security-Policy. In dev the React refresh preamble and Vite's injected styles
 * are inline and HMR talks over a websocket to the dev server, so those alone are allowed there.
 */
export function contentSecurityPolicy(devServerOrigin?: string): string {
  const dev = devServerOrigin !== undefined
  const hmrSocket = dev ? ` ${devServerOrigin} ${devServerOrigin.replace(/^http/, 'ws')}` : ''
  return [
    "default-src 'self'",
    `script-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    `connect-src 'self'${hmrSocket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

/**
 * Denies every permission request and check (camera, notifications, geolocation…: Limber needs
 * none in the page) and stamps the CSP on every response, replacing any the server sent.
 */
export function guardSession(session: SessionPort, csp: string): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    const kept = Object.entries(details.responseHeaders ?? {}).filter(
      ([name]) => name.toLowerCase() !== 'content-security-policy'
    )
    callback({ responseHeaders: { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] } })
  })
}
