import { lstatSync } from 'node:fs'
import { connect } from 'node:net'
import { encodeCommandRequest, maxReplyBytes, parseCommandReply, type Command } from '../service/command-protocol'

/** What sending a command came to: the running Limber's reply, nobody listening, or a failure on the way. */
export type SendOutcome =
  | { readonly kind: 'reply'; readonly ok: boolean; readonly message: string }
  | { readonly kind: 'not-running'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }

/** The message when no Limber answers on the socket. */
export const notRunningMessage = 'Limber is not running (start it first).'

const notRunningCodes = new Set(['ENOENT', 'ECONNREFUSED', 'ENOTSOCK'])

/** Why not to send to a socket file that belongs to another user (only your own Limber takes your commands). */
export function foreignOwner(socketPath: string, uid: number | undefined = process.getuid?.()): string | undefined {
  if (socketPath.startsWith('\\\\') || uid === undefined) return undefined
  try {
    const owner = lstatSync(socketPath).uid
    return owner === uid ? undefined : `The command socket ${socketPath} belongs to another user; nothing was sent.`
  } catch {
    // Missing: connecting says "not running" below.
    return undefined
  }
}

/** Sends one command to the running Limber and waits up to `timeoutMs` for its one-line reply. */
export function sendCommand(socketPath: string, command: Command, timeoutMs: number): Promise<SendOutcome> {
  const foreign = foreignOwner(socketPath)
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
      () =>
        settle({
          kind: 'failed',
          message: `Limber did not answer within ${seconds} second${seconds === 1 ? '' : 's'}.`
        }),
      timeoutMs
    )
    const finish = (): void => {
      const reply = parseCommandReply(received.split('\n')[0] ?? '')
      settle(
        reply
          ? { kind: 'reply', ...reply }
          : { kind: 'failed', message: 'Limber sent an answer the command line could not read.' }
      )
    }
    socket.setEncoding('utf8')
    socket.once('connect', () => socket.write(encodeCommandRequest(command)))
    socket.on('data', (chunk: string) => {
      received += chunk
      if (received.includes('\n')) finish()
      else if (received.length > maxReplyBytes) settle({ kind: 'failed', message: 'Limber sent too long an answer.' })
    })
    socket.once('end', finish)
    socket.once('error', (error: NodeJS.ErrnoException) =>
      settle(
        notRunningCodes.has(error.code ?? '')
          ? { kind: 'not-running', message: notRunningMessage }
          : { kind: 'failed', message: `Could not reach Limber: ${error.message}` }
      )
    )
  })
}

/** The exit code for an outcome: 0 when Limber did it, 1 otherwise. */
export const exitCodeFor = (outcome: SendOutcome): number => (outcome.kind === 'reply' && outcome.ok ? 0 : 1)
