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
