import type { CallName } from '../contract/contract'
import type { AppState } from '../contract/state'
import type { Companion } from './companion'
import { startableRoutineIds, type Command, type CommandReply } from './command-protocol'
import { formatTime, formatVolume, nextReminderText, remindersLine, statusSummary, waterLine } from './command-replies'
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
  return { ok: true, state: companion.state() }
}

/** Runs one command-line command against the running companion and words the reply. */
export async function runCommand(command: Command, options: CommandRunnerOptions): Promise<CommandReply> {
  const { companion } = options
  const now = (): number => (options.clock ?? { now: Date.now }).now()
  switch (command.kind) {
    case 'log-water': {
      const result = await call(companion, 'logWater', { amountMl: command.amountMl })
      if (!result.ok) return result.reply
      const logged = formatVolume(command.amountMl, result.state.settings.volumeUnit)
      return { ok: true, message: `Logged ${logged}. ${waterLine(result.state)}` }
    }
    case 'pause': {
      const result = await call(companion, 'pauseReminders', { minutes: command.minutes })
      if (!result.ok) return result.reply
      const until = result.state.reminders.state.pausedUntilMs
      // Do not disturb keeps them off past the pause; say so rather than promise a time.
      const message =
        until === null || result.state.settings.reminders.doNotDisturb
          ? remindersLine(result.state, now())
          : `Reminders paused until ${formatTime(until, now())}.`
      return { ok: true, message }
    }
    case 'resume': {
      const result = await call(companion, 'resumeReminders', {})
      if (!result.ok) return result.reply
      return { ok: true, message: `Reminders are back on. ${nextReminderText(result.state, now())}` }
    }
    case 'start': {
      const result = await call(companion, 'startRoutine', { routineId: startableRoutineIds[command.routine] })
      if (!result.ok) return result.reply
      options.openScreen?.('player')
      return { ok: true, message: `Started ${result.state.session?.routine.name ?? command.routine}.` }
    }
    case 'status':
      return { ok: true, message: statusSummary(companion.state(), now()) }
  }
}
