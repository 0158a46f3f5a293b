import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import { relative } from 'node:path'
import { importLimits } from '../core/transfer/data-transfer'
import type { Companion } from '../service/companion'
import type { ManualClock } from '../service/manual-clock'
import type { AnyCallOutcome, ContractError } from '../contract/contract'
import { activityImportLimits } from '../contract/slices/activities'
import { EventStreams, type EventStreamLimits } from './event-streams'
import { inlineStatePage } from './inline-state'
import { readCookie, refuseRequest, tokenCookieName, tokenMatches } from './request-guard'

/** Room for the largest import (a few non-ASCII or escaped characters cost more than a byte each). */
const IMPORT_BODY_LIMIT_BYTES =
  Math.max(
    importLimits.maxChars * 2,
    // Watch files travel as base64 (4 characters per 3 bytes).
    Math.ceil(activityImportLimits.totalBytes / 3) * 4
  ) +
  64 * 1024

/** What browser mode serves. */
export interface BrowserServerOptions {
  readonly companion: Companion
  /** The built renderer (out/renderer). */
  readonly rendererDir: string
  /** The per-launch secret; requests without it get 401. */
  readonly token: string
  /** Only with `--test-clock`: lets end-to-end specs move the service's time. */
  readonly testClock?: ManualClock
  /** How many event streams may be open and how long one may stop reading; tests make these small. */
  readonly eventStreamLimits?: EventStreamLimits
}

/** The content security policy browser mode sends with every response (the same as the desktop window's). */
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * How long the browser may keep a file of the built window. The bundler names every file under `assets/` after a
 * hash of its content, so a new build never reuses a name: those are kept for good, and a reopened page starts
 * from the browser's cache, its compiled code included. Any other file (the Intl warm-up script) keeps its name
 * from build to build, so it is asked for again each time (answered 304 while unchanged).
 */
export const staticCacheControl = (pathInRendererDir: string): string =>
  /^assets[\\/]/.test(pathInRendererDir) ? 'public, max-age=31536000, immutable' : 'no-cache'

const statusFor: Record<ContractError['code'], number> = {
  invalid_input: 400,
  unknown_call: 404,
  not_found: 409,
  refused: 403,
  not_supported: 501,
  internal: 500
}

const unauthorizedPage =
  '<!doctype html><meta charset="utf-8"><title>Limber</title><p>This Limber address needs its key. ' +
  'Open the full address printed in the terminal where Limber started.</p>'

const failure = (code: ContractError['code'], message: string): AnyCallOutcome => ({
  ok: false,
  error: { code, message, issues: [] }
})

const localPort = (request: FastifyRequest): number => request.socket.localPort ?? 0

/**
 * The browser-mode HTTP server: the built renderer as static files, each contract call as
 * `POST /api/call/<name>`, and contract events as server-sent events on `GET /api/events`.
 */
export function createBrowserServer(options: BrowserServerOptions): FastifyInstance {
  // forceCloseConnections: on quit, keep-alive sockets from the page must not hold the process open.
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, forceCloseConnections: true })
  const eventStreams = new EventStreams(options.companion, options.eventStreamLimits)

  app.addHook('onRequest', async (request, reply) => {
    const port = localPort(request)
    const url = new URL(request.url, 'http://127.0.0.1')
    const queryToken = url.searchParams.get('token') ?? undefined
    const bearer = request.headers.authorization?.replace(/^Bearer /, '')
    const presented = queryToken ?? bearer ?? readCookie(request.headers.cookie, tokenCookieName(port))
    const refusal = refuseRequest(
      { host: request.headers.host, origin: request.headers.origin, presentedToken: presented },
      port,
      options.token
    )
    if (refusal) {
      const wantsPage = request.method === 'GET' && !url.pathname.startsWith('/api/')
      return wantsPage && refusal.status === 401
        ? reply.code(401).type('text/html; charset=utf-8').send(unauthorizedPage)
        : reply.code(refusal.status).send(failure('refused', refusal.reason))
    }
    reply.header('Content-Security-Policy', contentSecurityPolicy)
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('Referrer-Policy', 'no-referrer')
    reply.header('Cross-Origin-Opener-Policy', 'same-origin')
    if (tokenMatches(queryToken, options.token)) {
      // Trade the token in the address for a cookie, so it does not stay in history or get copied.
      url.searchParams.delete('token')
      reply.header('Set-Cookie', `${tokenCookieName(port)}=${options.token}; HttpOnly; SameSite=Strict; Path=/`)
      return reply.redirect(`${url.pathname}${url.search}`, 303)
    }
  })

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500
    reply.code(status).send(failure(status < 500 ? 'invalid_input' : 'internal', error.message))
  })

  // An import carries a whole export file (importLimits.maxChars characters, JSON-escaped); other calls are tiny.
  app.post<{ Params: { name: string } }>(
    '/api/call/:name',
    { bodyLimit: IMPORT_BODY_LIMIT_BYTES },
    async (request, reply) => {
      const outcome = await options.companion.invoke(request.params.name, request.body ?? undefined)
      return reply.code(outcome.ok ? 200 : statusFor[outcome.error.code]).send(outcome)
    }
  )

  const testClock = options.testClock
  if (testClock) {
    app.get('/api/test-clock', async () => ({ nowMs: testClock.now() }))
    app.post<{ Body: { advanceMs?: unknown; setMs?: unknown } }>('/api/test-clock', async (request, reply) => {
      const { advanceMs, setMs } = request.body ?? {}
      if (typeof advanceMs === 'number' && Number.isFinite(advanceMs) && advanceMs >= 0) testClock.advance(advanceMs)
      else if (typeof setMs === 'number' && Number.isFinite(setMs)) testClock.set(setMs)
      else return reply.code(400).send(failure('invalid_input', 'Send { advanceMs } or { setMs }'))
      return { nowMs: testClock.now() }
    })
  }

  app.get('/api/events', (_request, reply) => {
    reply.hijack()
    eventStreams.open(reply.raw)
  })

  // The page itself carries the state of the moment it was served (it holds the person's data: never cached).
  const page = inlineStatePage(options.rendererDir, () => options.companion.snapshot())
  const sendPage = async (_request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    await reply
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(await page())
  }
  app.get('/', sendPage)
  app.get('/index.html', sendPage)
  app.register(fastifyStatic, {
    root: options.rendererDir,
    index: false,
    wildcard: true,
    cacheControl: false,
    setHeaders: (response, path) =>
      response.setHeader('Cache-Control', staticCacheControl(relative(options.rendererDir, path)))
  })

  // preClose: open event streams would otherwise keep the server from closing.
  app.addHook('preClose', async () => {
    eventStreams.closeAll()
  })
  return app
}
