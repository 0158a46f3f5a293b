import { helpText, type ParsedCommandLine } from '../cli/command-line'
import { exitCodeFor, sendCommand, type SendOutcome } from '../cli/command-client'
import { badArgumentsExitCode } from '../cli/run-cli'
import type { Companion } from '../service/companion'
import type { CommandLineCall } from '../service/command-calls'
import { commandSocketPath } from '../service/command-protocol'
import { runCommandLineCall } from '../service/command-runner'
import { startCommandServer, type CommandServer } from '../service/command-server'
import type { ReminderScreen } from '../service/reminder-engine'

/** What a launch does besides the companion: print, and end the process (Electron's app.exit / app.quit). */
export interface LaunchPort {
  readonly print: (text: string) => void
  readonly printError: (text: string) => void
  /** Ends the process with this code once the printed lines are out. */
  readonly exit: (code: number) => void
  /** Ends a plain second launch the usual way. */
  readonly quit: () => void
}

/** A port printing to the terminal that launched Limber; `exit` waits for both streams to drain. */
export function consoleLaunchPort(end: { exit: (code: number) => void; quit: () => void }): LaunchPort {
  return {
    print: (text) => process.stdout.write(`${text}\n`),
    printError: (text) => process.stderr.write(`${text}\n`),
    exit: (code) => process.stdout.write('', () => process.stderr.write('', () => end.exit(code))),
    quit: end.quit
  }
}

/** A second launch's message when the running instance does not take the command. */
export const notAnsweringMessage = 'Limber is running but did not answer the command line. Try again in a moment.'

/** What the single-instance lock carries to the running instance: whether this launch came with a command line. */
export const singleInstanceData = (parsed: ParsedCommandLine): { readonly limberCommandLine: boolean } => ({
  limberCommandLine: parsed.kind !== 'none'
})

/** Whether a second launch should bring the window up: a plain one does; one with a command line handles itself. */
export function secondLaunchShowsWindow(additionalData: unknown): boolean {
  const data = additionalData as { limberCommandLine?: unknown } | null | undefined
  return data?.limberCommandLine !== true
}

/** How a launch reaches the Limber that is already running. */
export interface ForwardOptions {
  readonly dataDir: string
  readonly port: LaunchPort
  readonly send?: (socketPath: string, call: CommandLineCall) => Promise<SendOutcome>
  /** The running instance may still be starting: keep trying this long before saying it is not running. */
  readonly waitForServerMs?: number
  readonly retryEveryMs?: number
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Sends a command, retrying while nothing listens yet (the other instance holds the lock, so it is starting). */
async function sendPatiently(socketPath: string, call: CommandLineCall, options: ForwardOptions): Promise<SendOutcome> {
  const send = options.send ?? ((path: string, sent: CommandLineCall) => sendCommand(path, sent, 10_000))
  const deadline = Date.now() + (options.waitForServerMs ?? 5000)
  for (;;) {
    const outcome = await send(socketPath, call)
    if (outcome.kind !== 'not-running' || Date.now() >= deadline) return outcome
    await pause(options.retryEveryMs ?? 200)
  }
}

/**
 * A launch while another Limber runs: a command goes to it through the socket and its reply is printed, then this
 * process exits with the reply's code; help and mistakes are printed here. No dialog, no window.
 */
export async function forwardLaunch(parsed: ParsedCommandLine, options: ForwardOptions): Promise<void> {
  const { port } = options
  switch (parsed.kind) {
    case 'none':
      return port.quit()
    case 'help':
      port.print(helpText)
      return port.exit(0)
    case 'error':
      port.printError(parsed.message)
      return port.exit(badArgumentsExitCode)
    case 'command': {
      const outcome = await sendPatiently(commandSocketPath(options.dataDir), parsed.call, options)
      const code = exitCodeFor(outcome)
      // Another instance holds the lock, so "not running" here means it is still starting or takes no commands.
      const message = outcome.kind === 'not-running' ? notAnsweringMessage : outcome.message
      ;(code === 0 ? port.print : port.printError)(message)
      return port.exit(code)
    }
  }
}

/** What the primary instance needs to take commands. */
export interface ServeOptions {
  readonly companion: Companion
  readonly dataDir: string
  /** The command line this instance was launched with; a command in it runs once the companion is up. */
  readonly launch: ParsedCommandLine
  readonly openScreen: (screen: ReminderScreen) => void
  readonly port: Pick<LaunchPort, 'print' | 'printError'>
  readonly startServer?: typeof startCommandServer
}

/** The primary instance: takes commands on the socket, and runs the one it was launched with. Returns the stopper. */
export function serveCommandLine(options: ServeOptions): { stop(): Promise<void>; ready: Promise<void> } {
  const { companion, openScreen, port } = options
  let server: CommandServer | undefined
  const ready = (options.startServer ?? startCommandServer)({
    companion,
    openScreen,
    socketPath: commandSocketPath(options.dataDir)
  }).then(
    (started) => {
      server = started
    },
    // The app works without it; only `limber --…` from another terminal cannot reach this instance.
    (error: unknown) =>
      port.printError(`The command line cannot reach Limber: ${error instanceof Error ? error.message : error}`)
  )
  const { launch } = options
  if (launch.kind === 'help') port.print(helpText)
  if (launch.kind === 'error') port.printError(launch.message)
  if (launch.kind === 'command') {
    void runCommandLineCall(launch.call, { companion, openScreen }).then((reply) =>
      (reply.ok ? port.print : port.printError)(reply.message)
    )
  }
  return { ready, stop: async () => server?.close() }
}
