import type { ContractError } from '../contract/contract'
import type { Companion } from './companion'
import type { CommandReply, CommandRequest } from './command-protocol'
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

/** A refusal from the companion, as the command line's reply. */
const refused = (error: ContractError): CommandReply => ({ ok: false, message: error.message })

/** Runs one command-line call against the running companion (the table checks its input) and words the reply. */
export async function runCommand(request: CommandRequest, options: CommandRunnerOptions): Promise<CommandReply> {
  const { companion } = options
  const now = (): number => (options.clock ?? { now: Date.now }).now()
  switch (request.call) {
    case 'logWater': {
      const outcome = await companion.call('logWater', request.input)
      if (!outcome.ok) return refused(outcome.error)
      const state = companion.state()
      const logged = formatVolume(outcome.value.amountMl, state.settings.volumeUnit)
      return { ok: true, message: `Logged ${logged}. ${waterLine(state)}` }
    }
    case 'pauseReminders': {
      const outcome = await companion.call('pauseReminders', request.input)
      if (!outcome.ok) return refused(outcome.error)
      const state = companion.state()
      const until = state.reminders.state.pausedUntilMs
      // Do not disturb keeps them off past the pause; say so rather than promise a time.
      const message =
        until === null || state.settings.reminders.doNotDisturb
          ? remindersLine(state, now())
          : `Reminders paused until ${formatTime(until, now())}.`
      return { ok: true, message }
    }
    case 'resumeReminders': {
      const outcome = await companion.call('resumeReminders', request.input)
      if (!outcome.ok) return refused(outcome.error)
      return { ok: true, message: `Reminders are back on. ${nextReminderText(companion.state(), now())}` }
    }
    case 'startRoutine': {
      const outcome = await companion.call('startRoutine', request.input)
      if (!outcome.ok) return refused(outcome.error)
      options.openScreen?.('player')
      return { ok: true, message: `Started ${companion.state().session?.routine.name ?? 'the routine'}.` }
    }
    case 'getState': {
      const outcome = await companion.call('getState', request.input)
      if (!outcome.ok) return refused(outcome.error)
      return { ok: true, message: statusSummary(outcome.value.state, now()) }
    }
  }
}
