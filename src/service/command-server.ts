import { chmodSync, rmSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { translator, type Translate } from '../core/text/catalogue'
import { maxRequestBytes, parseCommandRequest, type CommandReply } from './command-protocol'
import { runCommandLineCall, type CommandRunnerOptions } from './command-runner'

/** What the command server needs: where to listen, and what runs the commands. */
export interface CommandServerOptions extends CommandRunnerOptions {
  readonly socketPath: string
  /** How long a connection may stay silent before it is dropped. */
  readonly idleTimeoutMs?: number
}

/** A listening command server. */
export interface CommandServer {
  readonly socketPath: string
  /** Stops listening and drops open connections; the socket file goes with it. */
  close(): Promise<void>
}

const isWindowsPipe = (path: string): boolean => path.startsWith('\\\\')

/** Whether something answers on `socketPath` (a live Limber), as opposed to a file left by a crash. */
function somethingListens(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(socketPath)
    probe.once('connect', () => {
      probe.destroy()
      resolve(true)
    })
    probe.once('error', () => resolve(false))
  })
}

/** Listens on the path; the umask keeps the socket private from its first instant, before the chmod. */
function listenOn(server: Server, socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error)
    server.once('error', onError)
    const privateUmask = isWindowsPipe(socketPath) ? undefined : process.umask(0o177)
    try {
      server.listen(socketPath, () => {
        server.off('error', onError)
        resolve()
      })
    } finally {
      if (privateUmask !== undefined) process.umask(privateUmask)
    }
  })
}

/** Answers one connection: reads one JSON line (at most `maxRequestBytes`), runs it, writes one reply and closes. */
function answer(socket: Socket, options: CommandServerOptions): void {
  // The running Limber's language, read per request: Settings may change it between two commands.
  const t: Translate = (key, values) => translator(options.companion.textLocale())(key, values)
  let received = Buffer.alloc(0)
  let handled = false
  let answered = false
  const reply = (outcome: CommandReply): void => {
    if (answered) return
    answered = true
    socket.end(`${JSON.stringify(outcome)}\n`)
  }
  const handle = (line: string): void => {
    handled = true
    const parsed = parseCommandRequest(line)
    if (!parsed.ok) {
      return reply({
        ok: false,
        message: t(parsed.problem === 'not-json' ? 'cli.server.notJson' : 'cli.server.notACall')
      })
    }
    runCommandLineCall(parsed.request, options).then(reply, (error: unknown) =>
      reply({
        ok: false,
        message: t('cli.server.failed', { error: error instanceof Error ? error.message : String(error) })
      })
    )
  }
  socket.setTimeout(options.idleTimeoutMs ?? 5000, () => socket.destroy())
  socket.on('error', () => socket.destroy())
  socket.on('data', (chunk: Buffer) => {
    if (handled || answered) return
    received = Buffer.concat([received, chunk])
    const newline = received.indexOf(0x0a)
    if (newline === -1 ? received.length > maxRequestBytes : newline > maxRequestBytes) {
      return reply({ ok: false, message: t('cli.server.tooLarge', { limit: maxRequestBytes }) })
    }
    if (newline !== -1) handle(received.subarray(0, newline).toString('utf8'))
  })
  // A client that closes its side without a newline still gets its one line read.
  socket.on('end', () => {
    if (!handled && !answered && received.length > 0) handle(received.toString('utf8'))
  })
}

/**
 * Starts taking commands from the command line on a local socket (a named pipe on Windows). A socket file left
 * by a crashed Limber is replaced; one that a live process answers on is left alone and reported.
 */
export async function startCommandServer(options: CommandServerOptions): Promise<CommandServer> {
  const { socketPath } = options
  const connections = new Set<Socket>()
  const server = createServer((socket) => {
    connections.add(socket)
    socket.once('close', () => connections.delete(socket))
    answer(socket, options)
  })
  try {
    await listenOn(server, socketPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || isWindowsPipe(socketPath)) throw error
    if (await somethingListens(socketPath)) {
      throw new Error(`Another process already takes Limber commands at ${socketPath}.`, { cause: error })
    }
    rmSync(socketPath, { force: true })
    await listenOn(server, socketPath)
  }
  if (!isWindowsPipe(socketPath)) chmodSync(socketPath, 0o600)
  return {
    socketPath,
    close: () =>
      new Promise((resolve) => {
        for (const socket of connections) socket.destroy()
        server.close(() => resolve())
      })
  }
}
