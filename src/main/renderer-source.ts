import { pathToFileURL } from 'node:url'

/** Where the window's page comes from: the electron-vite dev server, or the built file. */
export type RendererSource =
  | { readonly kind: 'dev-server'; readonly url: string; readonly origin: string }
  | { readonly kind: 'file'; readonly path: string; readonly url: string }

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Picks the page to load. `ELECTRON_RENDERER_URL` (set by `electron-vite dev`) is honoured only in
 * an unpackaged app and only on a loopback http address, so an environment variable can never
 * point a packaged window, and its preload, at a remote page.
 */
export function rendererSource(env: NodeJS.ProcessEnv, isPackaged: boolean, rendererHtml: string): RendererSource {
  const devUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL
  if (devUrl) {
    const parsed = URL.parse(devUrl)
    if (parsed && parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname)) {
      return { kind: 'dev-server', url: parsed.href, origin: parsed.origin }
    }
  }
  return { kind: 'file', path: rendererHtml, url: pathToFileURL(rendererHtml).href }
}

/** Whether a URL is the app's own page (any in-page route of it), and so may talk to the companion. */
export function isAppUrl(url: string, source: RendererSource): boolean {
  const parsed = URL.parse(url)
  if (!parsed) return false
  if (source.kind === 'dev-server') return parsed.origin === source.origin
  // file:// URLs have an opaque origin, so compare the document itself, ignoring the route.
  parsed.hash = ''
  parsed.search = ''
  return parsed.protocol === 'file:' && parsed.href === source.url
}

/** In-page routes the shell opens windows at (the renderer reads `#/today`, `#/player`, `#/reminders`, `#/mini`, `#/widget`). */
export type AppRoute = 'today' | 'player' | 'reminders' | 'mini' | 'cramp' | 'widget'

/** The hash fragment, without `#`, that names a route. */
const routeHash = (route: AppRoute): string => `/${route}`

/** The part of a window (or its web contents) that loads a page. */
export interface PageLoaderPort {
  loadURL(url: string): Promise<void>
  loadFile(filePath: string, options?: { hash?: string }): Promise<void>
}

/**
 * Loads the app's page, at an in-page route when one is given: the built file with that hash, or
 * the dev server URL with it. A window already on the page only changes its hash (no reload).
 */
export function loadAppPage(window: PageLoaderPort, source: RendererSource, route?: AppRoute): Promise<void> {
  const hash = route === undefined ? undefined : routeHash(route)
  if (source.kind === 'file') return window.loadFile(source.path, hash === undefined ? undefined : { hash })
  const url = new URL(source.url)
  if (hash !== undefined) url.hash = hash
  return window.loadURL(url.href)
}

/** Whether a URL the window reports is already showing `route`. */
export function isAtRoute(url: string, route: AppRoute): boolean {
  return URL.parse(url)?.hash === `#${routeHash(route)}`
}
