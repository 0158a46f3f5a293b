import { parseCallInput, type CallResults, type ParsedInputs } from '../contract/contract'
import type { AppState } from '../contract/state'
import { textLanguage, translator } from '../core/text/catalogue'
import { commandLineCallNames, isCommandLineCallName, type CommandLineCallName } from './command-calls'
import type { CommandReply, CommandRequest } from './command-protocol'
import { loggedReply, pausedReply, remindersLine, resumedReply, startedReply, statusSummary } from './command-replies'
import type { Companion } from './companion'
import type { Clock } from './ports'
import type { ReminderScreen } from './reminder-engine'

/** What running a command needs: the companion, its clock, and (desktop) a way to show a screen. */
export interface CommandRunnerOptions {
  readonly companion: Pick<Companion, 'call' | 'state' | 'textLocale'>
  /** The companion's clock, so replies agree with it (browser mode's test clock included). */
  readonly clock?: Pick<Clock, 'now'>
  /** Shows the window at a screen (the desktop app); `--start` opens the player with it. */
  readonly openScreen?: (screen: ReminderScreen) => void
}

/** A call the command line sent, once the companion has done it: what the reply is worded from. */
interface Answered<N extends CommandLineCallName> {
  readonly input: ParsedInputs[N]
  /** The call's own result. */
  readonly value: CallResults[N]
  /** The whole state after the call. */
  readonly state: AppState
  readonly nowMs: number
  readonly locale: string | undefined
}

/** How each call the command line may send is told back to the terminal, in the person's language. */
const replies: { readonly [N in CommandLineCallName]: (answered: Answered<N>) => string } = {
  logWater: ({ value, state, locale }) => loggedReply(value.amountMl, state, locale),
  pauseReminders: ({ state, nowMs, locale }) => {
    const until = state.reminders.state.pausedUntilMs
    // Do not disturb keeps them off past the pause; say so rather than promise a time.
    return until === null || state.settings.reminders.doNotDisturb
      ? remindersLine(state, nowMs, locale)
      : pausedReply(until, nowMs, locale)
  },
  resumeReminders: ({ state, nowMs, locale }) => resumedReply(state, nowMs, locale),
  startRoutine: ({ input, state, locale }) => startedReply(state, input.routineId, locale),
  getState: ({ value, nowMs, locale }) => statusSummary(value.state, nowMs, locale)
}

/** The screen the desktop app shows after a call from the command line: a started routine opens the player. */
const screenAfter: { readonly [N in CommandLineCallName]?: ReminderScreen } = { startRoutine: 'player' }

/** Runs an allowed call through the companion's dispatcher; a refusal becomes its message. */
async function runAllowed<N extends CommandLineCallName>(
  name: N,
  rawInput: unknown,
  options: CommandRunnerOptions
): Promise<CommandReply> {
  const { companion } = options
  // The call table's own schema, as for every other caller; the companion checks it again when it dispatches.
  const parsed = parseCallInput(name, rawInput)
  if (!parsed.ok) return { ok: false, message: parsed.error.message }
  const outcome = await companion.call(name, parsed.input)
  if (!outcome.ok) return { ok: false, message: outcome.error.message }
  const screen = screenAfter[name]
  if (screen) options.openScreen?.(screen)
  const nowMs = (options.clock ?? { now: Date.now }).now()
  // Read when a reply is worded: the language chosen in Settings may change between two commands.
  const answered: Answered<N> = {
    input: parsed.input,
    value: outcome.value,
    state: companion.state(),
    nowMs,
    locale: companion.textLocale()
  }
  const reply: (answered: Answered<N>) => string = replies[name]
  return { ok: true, message: reply(answered) }
}

/**
 * Runs one call from the command line: only the allow-listed ones, validated by the call table and dispatched by
 * the companion like the window's calls; the reply is worded from the call's result and the state after it.
 */
export async function runCommandLineCall(
  request: CommandRequest,
  options: CommandRunnerOptions
): Promise<CommandReply> {
  if (!isCommandLineCallName(request.name)) {
    const locale = options.companion.textLocale()
    const calls = new Intl.ListFormat(textLanguage(locale), { type: 'conjunction' }).format(commandLineCallNames)
    return { ok: false, message: translator(locale)('cli.server.notAllowed', { name: request.name, calls }) }
  }
  return runAllowed(request.name, request.input, options)
}
