import type { CommandLineCall } from '../service/command-calls'
import { commandSocketPath } from '../service/command-protocol'
import { exitCodeFor, type SendOutcome } from './command-client'
import { commandLineHelp, parseCommandLine } from './command-line'
import { translator } from '../core/text/catalogue'

/** Exit code for a command line that could not be read. */
export const badArgumentsExitCode = 2

/** What the command-line entry needs from the outside world. */
export interface CliPort {
  readonly dataDir: string
  readonly send: (socketPath: string, call: CommandLineCall) => Promise<SendOutcome>
  readonly print: (text: string) => void
  readonly printError: (text: string) => void
  /** The terminal's locale for the command line's own words (English when not given). */
  readonly locale?: string
}

/** `limber <command>` from a terminal: parses, sends to the running Limber, prints the reply; returns the exit code. */
export async function runCli(argv: readonly string[], port: CliPort): Promise<number> {
  const parsed = parseCommandLine(argv, port.locale)
  const helpText = commandLineHelp(port.locale)
  switch (parsed.kind) {
    case 'help':
      port.print(helpText)
      return 0
    case 'none':
      port.printError(`${translator(port.locale)('cli.client.noCommand')}\n\n${helpText}`)
      return badArgumentsExitCode
    case 'error':
      port.printError(parsed.message)
      return badArgumentsExitCode
    case 'command': {
      const outcome = await port.send(commandSocketPath(port.dataDir), parsed.call)
      const code = exitCodeFor(outcome)
      ;(code === 0 ? port.print : port.printError)(outcome.message)
      return code
    }
  }
}
