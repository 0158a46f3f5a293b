import { timingSafeEqual } from 'node:crypto'

/** The loopback origins browser mode answers to on `port`; anything else may be a DNS-rebinding page. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** The name of the per-launch token cookie; it includes the port because cookies ignore ports. */
export const tokenCookieName = (port: number): string => `limber-token-${port}`

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return undefined
}

/** Compares a presented token with the launch token in constant time. */
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (!presented) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Why a request is refused before it reaches a route, or `undefined` to let it through. */
export function refuseRequest(
  request: {
    readonly host: string | undefined
    readonly origin: string | undefined
    readonly presentedToken: string | undefined
  },
  port: number,
  token: string
): { status: 401 | 403; reason: string } | undefined {
  const hosts = allowedHosts(port)
  if (!request.host || !hosts.includes(request.host)) return { status: 403, reason: 'Host not allowed' }
  if (request.origin !== undefined && !hosts.map((host) => `http://${host}`).includes(request.origin)) {
    return { status: 403, reason: 'Origin not allowed' }
  }
  if (!tokenMatches(request.presentedToken, token)) return { status: 401, reason: 'Missing or wrong token' }
  return undefined
}
