import { settingsLimits } from '../core/settings-limits'
import { maxPauseMinutes } from '../contract/contract'
import { startableRoutineIds, type Command, type StartableRoutine } from '../service/command-protocol'

/** What a command line asks for: nothing (a plain launch), a command, help, or a mistake in plain words. */
export type ParsedCommandLine =
  | { readonly kind: 'none' }
  | { readonly kind: 'command'; readonly command: Command }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'help' }

const group = new Intl.NumberFormat('en')
const waterRange = settingsLimits.customAmountMl
const routineNames = Object.keys(startableRoutineIds) as StartableRoutine[]
const routineList = `${routineNames.slice(0, -1).join(', ')} or ${routineNames.at(-1)}`

/** `limber --help`. */
export const helpText = `Usage: limber <command>

Sends one command to the Limber that is already running (the desktop app or browser mode).

Commands:
  --log-water <ml>     Log a drink in whole millilitres (${waterRange.min} to ${group.format(waterRange.max)}), such as --log-water 250
  --pause <minutes>    Pause reminders for 1 to ${group.format(maxPauseMinutes)} minutes (a week), such as --pause 60
  --resume             Turn reminders back on
  --start <routine>    Start a routine: ${routineList}
  --status             Show today's water, the next reminder and any running routine
  --help               Show this help

Exit codes: 0 done, 1 Limber refused or is not running, 2 the command line was wrong.`

const helpFooter = 'Run limber --help for the commands.'

/**
 * Switches that Electron, Chromium, Node, installers or Limber's own launchers put on the command line; they are
 * not commands, so they are passed over rather than refused.
 */
const passedOverPrefixes = [
  '--no-',
  '--enable-',
  '--disable-',
  '--inspect',
  '--remote-debugging-',
  '--remote-allow-origins',
  '--user-data-dir',
  '--js-flags',
  '--lang',
  '--ozone-',
  '--force-',
  '--use-',
  '--allow-',
  '--ignore-',
  '--proxy-',
  '--log-level',
  '--log-file',
  '--log-net-log',
  '--v=',
  '--vmodule',
  '--trace-',
  '--squirrel-',
  '--original-process-start-time',
  '--hidden',
  '--test-clock',
  '-psn_'
]

const isPassedOver = (arg: string): boolean =>
  passedOverPrefixes.some((prefix) => arg === prefix || arg.startsWith(prefix))

/** The app's own path (or the script's) that Electron and Node leave in argv. */
const looksLikePath = (arg: string): boolean =>
  arg === '.' || arg === '..' || /[/\\]|\.(js|mjs|cjs|exe|app)$/i.test(arg)

type ValueParse<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** A whole number in a range, with the option named in every complaint. */
function wholeNumber(
  option: string,
  raw: string,
  range: { readonly min: number; readonly max: number },
  unit: string,
  example: string
): ValueParse<number> {
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value)) {
    return { ok: false, message: `"${raw}" is not a number. ${option} needs ${unit}, such as ${example}.` }
  }
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    return { ok: false, message: `"${raw}" is not a whole number. ${option} needs whole ${unit}, such as ${example}.` }
  }
  if (value < range.min || value > range.max) {
    return {
      ok: false,
      message: `${option} must be between ${group.format(range.min)} and ${group.format(range.max)} ${unit}; ${raw} is out of range.`
    }
  }
  return { ok: true, value }
}

/** A command that takes a value: what to say without it, and how to read it. */
interface ValueOption {
  readonly missing: string
  readonly read: (raw: string) => ValueParse<Command>
}

/** Each command that takes a value. */
const valueOptions: Record<string, ValueOption> = {
  '--log-water': {
    missing: '--log-water needs an amount in millilitres, such as --log-water 250.',
    read: (raw) => {
      const amount = wholeNumber('--log-water', raw, waterRange, 'millilitres', '--log-water 250')
      return amount.ok ? { ok: true, value: { call: 'logWater', input: { amountMl: amount.value } } } : amount
    }
  },
  '--pause': {
    missing: '--pause needs a number of minutes, such as --pause 60.',
    read: (raw) => {
      const minutes = wholeNumber('--pause', raw, { min: 1, max: maxPauseMinutes }, 'minutes', '--pause 60')
      return minutes.ok ? { ok: true, value: { call: 'pauseReminders', input: { minutes: minutes.value } } } : minutes
    }
  },
  '--start': {
    missing: `--start needs a routine: ${routineList}, such as --start warm-up.`,
    read: (raw) =>
      (routineNames as readonly string[]).includes(raw)
        ? {
            ok: true,
            value: { call: 'startRoutine', input: { routineId: startableRoutineIds[raw as StartableRoutine] } }
          }
        : { ok: false, message: `Unknown routine "${raw}". --start takes ${routineList}.` }
  }
}

/** Each command that takes no value. */
const flagOptions: Record<string, Command> = {
  '--resume': { call: 'resumeReminders', input: {} },
  '--status': { call: 'getState', input: {} }
}

/**
 * Reads a command line (`process.argv` without the executable). Electron's and Chromium's own switches, the app
 * path and `--test-clock` are passed over; a plain launch comes out as `none`.
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const given: { readonly option: string; readonly command: Command }[] = []
  let help = false
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--' || arg === '' || isPassedOver(arg)) continue
    if (!arg.startsWith('-')) {
      if (looksLikePath(arg)) continue
      return {
        kind: 'error',
        message: `Unknown command "${arg}". Commands start with two dashes, such as --status. ${helpFooter}`
      }
    }
    const equals = arg.indexOf('=')
    const option = equals === -1 ? arg : arg.slice(0, equals)
    const inline = equals === -1 ? undefined : arg.slice(equals + 1)
    if (option === '--help' || option === '-h') {
      help = true
      continue
    }
    const flag = flagOptions[option]
    const valued = valueOptions[option]
    let command: Command
    if (flag) {
      if (inline !== undefined) return { kind: 'error', message: `${option} takes no value.` }
      command = flag
    } else if (valued) {
      const next = argv[index + 1]
      // A following option is not this one's value ("--log-water --status" is missing its amount).
      const raw = inline ?? (next !== undefined && !next.startsWith('--') ? next : undefined)
      if (inline === undefined && raw !== undefined) index++
      if (raw === undefined || raw === '') return { kind: 'error', message: valued.missing }
      const read = valued.read(raw)
      if (!read.ok) return { kind: 'error', message: read.message }
      command = read.value
    } else {
      return { kind: 'error', message: `Unknown option ${option}. ${helpFooter}` }
    }
    given.push({ option, command })
  }
  if (help) return { kind: 'help' }
  const [first, second] = given
  if (second) {
    return {
      kind: 'error',
      message: `Give one command at a time (you gave ${first?.option} and ${second.option}). ${helpFooter}`
    }
  }
  return first ? { kind: 'command', command: first.command } : { kind: 'none' }
}
