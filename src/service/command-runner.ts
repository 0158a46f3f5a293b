import type { CallName } from '../contract/call-table'
import type { AppState } from '../contract/state'
import type { Companion } from './companion'
import { startableRoutineIds, type Command, type CommandReply } from './command-protocol'
import { loggedReply, pausedReply, remindersLine, resumedReply, startedReply, statusSummary } from './command-replies'
import type { Clock } from './ports'
import type { ReminderScreen } from './reminder-engine'

/** What running a command needs: the companion, its clock, and (desktop) a way to show a screen. */
export interface CommandRunnerOptions {
  readonly companion: Companion
  /** The companion's clock, so replies agree with it (browser mode's test clock included). */
  readonly clock?: Pick<Clock, 'now'>
  /** Shows the window at a screen (the desktop app); `--start` opens the player with it. */
  readonly openScreen?: (screen: ReminderScreen) => void
}

/** Runs a call through the companion (which validates it); a refusal becomes its message. */
async function call(
  companion: Companion,
  name: CallName,
  input: unknown
): Promise<{ ok: true; state: AppState } | { ok: false; reply: CommandReply }> {
  const outcome = await companion.invoke(name, input)
  if (!outcome.ok) return { ok: false, reply: { ok: false, message: outcome.error.message } }
  // A call answers with what it changed; the reply is worded from the whole state after it.
  return { ok: true, state: companion.state() }
}

/** Runs one command-line command against the running companion and words the reply. */
export async function runCommand(command: Command, options: CommandRunnerOptions): Promise<CommandReply> {
  const { companion } = options
  const now = (): number => (options.clock ?? { now: Date.now }).now()
  // Read when a reply is worded: the language chosen in Settings may change between two commands.
  const locale = (): string | undefined => companion.textLocale()
  switch (command.kind) {
    case 'log-water': {
      const result = await call(companion, 'logWater', { amountMl: command.amountMl })
      if (!result.ok) return result.reply
      return { ok: true, message: loggedReply(command.amountMl, result.state, locale()) }
    }
    case 'pause': {
      const result = await call(companion, 'pauseReminders', { minutes: command.minutes })
      if (!result.ok) return result.reply
      const until = result.state.reminders.state.pausedUntilMs
      // Do not disturb keeps them off past the pause; say so rather than promise a time.
      const message =
        until === null || result.state.settings.reminders.doNotDisturb
          ? remindersLine(result.state, now(), locale())
          : pausedReply(until, now(), locale())
      return { ok: true, message }
    }
    case 'resume': {
      const result = await call(companion, 'resumeReminders', {})
      if (!result.ok) return result.reply
      return { ok: true, message: resumedReply(result.state, now(), locale()) }
    }
    case 'start': {
      const result = await call(companion, 'startRoutine', { routineId: startableRoutineIds[command.routine] })
      if (!result.ok) return result.reply
      options.openScreen?.('player')
      return { ok: true, message: startedReply(result.state, command.routine, locale()) }
    }
    case 'status':
      return { ok: true, message: statusSummary(companion.state(), now(), locale()) }
  }
}
