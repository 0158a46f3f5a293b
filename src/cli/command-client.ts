import { lstatSync } from 'node:fs'
import { connect } from 'node:net'
import { translator } from '../core/text/catalogue'
import type { CommandLineCall } from '../service/command-calls'
import { encodeCommandRequest, maxReplyBytes, parseCommandReply } from '../service/command-protocol'

/** What sending a command came to: the running Limber's reply, nobody listening, or a failure on the way. */
export type SendOutcome =
  | { readonly kind: 'reply'; readonly ok: boolean; readonly message: string }
  | { readonly kind: 'not-running'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }

/** The message when no Limber answers on the socket. */
export const notRunningMessage = (locale?: string): string => translator(locale)('cli.client.notRunning')

const notRunningCodes = new Set(['ENOENT', 'ECONNREFUSED', 'ENOTSOCK'])

/** Why not to send to a socket file that belongs to another user (only your own Limber takes your commands). */
export function foreignOwner(
  socketPath: string,
  uid: number | undefined = process.getuid?.(),
  locale?: string
): string | undefined {
  if (socketPath.startsWith('\\\\') || uid === undefined) return undefined
  try {
    const owner = lstatSync(socketPath).uid
    return owner === uid ? undefined : translator(locale)('cli.client.foreignSocket', { path: socketPath })
  } catch {
    // Missing: connecting says "not running" below.
    return undefined
  }
}

/**
 * Sends one call to the running Limber and waits up to `timeoutMs` for its one-line reply; its own complaints
 * (not running, no answer) are in `locale`'s words, the reply in the running Limber's.
 */
export function sendCommand(
  socketPath: string,
  call: CommandLineCall,
  timeoutMs: number,
  locale?: string
): Promise<SendOutcome> {
  const t = translator(locale)
  const foreign = foreignOwner(socketPath, process.getuid?.(), locale)
  if (foreign) return Promise.resolve({ kind: 'failed', message: foreign })
  return new Promise((resolve) => {
    let received = ''
    let settled = false
    const socket = connect(socketPath)
    const settle = (outcome: SendOutcome): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(outcome)
    }
    const seconds = Math.max(1, Math.round(timeoutMs / 1000))
    const timer = setTimeout(
      () => settle({ kind: 'failed', message: t('cli.client.timeout', { count: seconds }) }),
      timeoutMs
    )
    const finish = (): void => {
      const reply = parseCommandReply(received.split('\n')[0] ?? '')
      settle(reply ? { kind: 'reply', ...reply } : { kind: 'failed', message: t('cli.client.unreadable') })
    }
    socket.setEncoding('utf8')
    socket.once('connect', () => socket.write(encodeCommandRequest(call)))
    socket.on('data', (chunk: string) => {
      received += chunk
      if (received.includes('\n')) finish()
      else if (received.length > maxReplyBytes) settle({ kind: 'failed', message: t('cli.client.tooLong') })
    })
    socket.once('end', finish)
    socket.once('error', (error: NodeJS.ErrnoException) =>
      settle(
        notRunningCodes.has(error.code ?? '')
          ? { kind: 'not-running', message: notRunningMessage(locale) }
          : { kind: 'failed', message: t('cli.client.unreachable', { error: error.message }) }
      )
    )
  })
}

/** The exit code for an outcome: 0 when Limber did it, 1 otherwise. */
export const exitCodeFor = (outcome: SendOutcome): number => (outcome.kind === 'reply' && outcome.ok ? 0 : 1)
