import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  guardSession,
  guardWebContents,
  type ResponseHeaders,
  type SessionPort,
  type WebContentsPort
} from './window-security'
import { factSources } from '../core/health/sources'
import { isAppUrl as isRendererUrl, rendererSource } from './renderer-source'

// Compile-time proof that the real Electron objects fit the ports the guards take.
const _contentsFit = (contents: WebContents): WebContentsPort => contents
const _sessionFit = (session: Session): SessionPort => session

const appUrl = 'file:///app/out/renderer/index.html'
const isAppUrl = (url: string): boolean => url.split('#')[0] === appUrl

function fakeWebContents() {
  const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, listener: (event: { url: string; preventDefault(): void }) => void) => {
      listeners.set(name, listener)
      return contents
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler
    }
  }
  /** Fires an event and says whether the guard stopped it. */
  const attempt = (name: string, url = ''): boolean => {
    let prevented = false
    listeners.get(name)?.({ url, preventDefault: () => (prevented = true) })
    return prevented
  }
  return { contents: contents as unknown as WebContentsPort, attempt, open: (url: string) => openHandler?.({ url }) }
}

function fakeSession() {
  let requestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
  let checkHandler: (() => boolean) | undefined
  let headersListener:
    | ((
        details: { responseHeaders?: ResponseHeaders },
        callback: (r: { responseHeaders?: ResponseHeaders }) => void
      ) => void)
    | undefined
  const session: SessionPort = {
    setPermissionRequestHandler: (handler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler) => (checkHandler = handler),
    webRequest: { onHeadersReceived: (listener) => (headersListener = listener) }
  }
  const request = (permission: string): boolean | undefined => {
    let granted: boolean | undefined
    requestHandler?.({}, permission, (answer) => (granted = answer))
    return granted
  }
  const respond = (responseHeaders?: ResponseHeaders): ResponseHeaders | undefined => {
    let result: ResponseHeaders | undefined
    headersListener?.({ responseHeaders }, (response) => (result = response.responseHeaders))
    return result
  }
  return { session, request, check: () => checkHandler?.(), respond }
}

describe('guardWebContents', () => {
  it('stops navigations and redirects away from the app', () => {
    const { contents, attempt } = fakeWebContents()
    guardWebContents(contents, isAppUrl)
    expect(attempt('will-navigate', 'https://evil.example/')).toBe(true)
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(attempt('will-redirect', 'https://evil.example/')).toBe(true)
  })

  it("lets the app's own page move between its routes", () => {
    const { contents, attempt } = fakeWebContents()
    guardWebContents(contents, isAppUrl)
    expect(attempt('will-navigate', `${appUrl}#/settings`)).toBe(false)
  })

  it('lets the main window move to the player and the timer window to its route, on the built page and in dev', () => {
    const html = '/app/out/renderer/index.html'
    for (const source of [
      rendererSource({}, false, html),
      rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, html)
    ]) {
      const { contents, attempt } = fakeWebContents()
      guardWebContents(contents, (url) => isRendererUrl(url, source))
      expect(attempt('will-navigate', new URL('#/player', source.url).href)).toBe(false)
      expect(attempt('will-navigate', new URL('#/mini', source.url).href)).toBe(false)
      expect(attempt('will-navigate', 'https://evil.example/#/player')).toBe(true)
    }
  })

  it('denies every new window and webview', () => {
    const { contents, attempt, open } = fakeWebContents()
    guardWebContents(contents, isAppUrl)
    expect(open('https://example.com/')).toEqual({ action: 'deny' })
    expect(open(appUrl)).toEqual({ action: 'deny' })
    expect(attempt('will-attach-webview')).toBe(true)
  })

  it("opens a cited source's page in the default browser, and nothing else", () => {
    const { contents, open } = fakeWebContents()
    const opened: string[] = []
    guardWebContents(contents, isAppUrl, (url) => opened.push(url))
    const cited = factSources.find((source) => source.url !== undefined)!.url!
    expect(open(cited)).toEqual({ action: 'deny' })
    expect(opened).toEqual([cited])
    for (const other of [
      'https://evil.example/',
      `${cited}?next=https://evil.example/`,
      cited.replace('https://', 'http://'),
      `javascript:alert(1)//${cited}`,
      appUrl
    ]) {
      expect(open(other)).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual([cited])
  })
})

describe('guardSession', () => {
  it('refuses every permission request and check', () => {
    const { session, request, check } = fakeSession()
    guardSession(session, contentSecurityPolicy())
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal']) {
      expect(request(permission)).toBe(false)
    }
    expect(check()).toBe(false)
  })

  it('replaces any CSP the response carried with ours, keeping the other headers', () => {
    const { session, respond } = fakeSession()
    guardSession(session, "default-src 'self'")
    const headers = respond({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] })
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] })
    expect(respond(undefined)).toEqual({ 'Content-Security-Policy': ["default-src 'self'"] })
  })
})

describe('contentSecurityPolicy', () => {
  it('allows only the app itself in production', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
  })

  it('in dev, adds inline preamble and styles and the HMR socket of that one dev server', () => {
    const csp = contentSecurityPolicy('http://localhost:5173')
    expect(csp).toContain("script-src 'self' 'unsafe-inline'")
    expect(csp).toContain("style-src 'self' 'unsafe-inline'")
    expect(csp).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173")
    expect(csp).toContain("object-src 'none'")
  })
})
