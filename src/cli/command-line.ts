import { maxPauseMinutes } from '../contract/contract'
import { settingsLimits } from '../core/settings/settings-limits'
import { textLanguage, translator, type Translate } from '../core/text/catalogue'
import { formatNumber } from '../core/text/format'
import type { CommandLineCall } from '../service/command-calls'

/** The routines `--start` names, and the built-in routine each one starts. */
const startableRoutineIds = { 'warm-up': 'warm-up', 'cool-down': 'cool-down', relief: 'cramp-relief' } as const
/** A routine the command line can start. */
type StartableRoutine = keyof typeof startableRoutineIds

/** What a command line asks for: nothing (a plain launch), a call to send, help, or a mistake in plain words. */
export type ParsedCommandLine =
  | { readonly kind: 'none' }
  | { readonly kind: 'command'; readonly call: CommandLineCall }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'help' }

const waterRange = settingsLimits.customAmountMl
const routineNames = Object.keys(startableRoutineIds) as StartableRoutine[]
/** "warm-up, cool-down, or relief", listed as the language of the text does ("… oder relief"). */
const routineList = (locale: string | undefined): string =>
  new Intl.ListFormat(textLanguage(locale), { type: 'disjunction' }).format(routineNames)

/** `limber --help`, in `locale`'s words (English when not given). */
export function commandLineHelp(locale?: string): string {
  return translator(locale)('cli.client.help', {
    waterMin: formatNumber(waterRange.min, locale),
    waterMax: formatNumber(waterRange.max, locale),
    pauseMax: formatNumber(maxPauseMinutes, locale),
    routines: routineList(locale)
  })
}

/** `limber --help` in English (the desktop app's launch, before it knows its locale). */
export const helpText = commandLineHelp()

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
  example: string,
  t: Translate,
  locale: string | undefined
): ValueParse<number> {
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value)) {
    return { ok: false, message: t('cli.client.notNumber', { raw, option, unit, example }) }
  }
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    return { ok: false, message: t('cli.client.notWhole', { raw, option, unit, example }) }
  }
  if (value < range.min || value > range.max) {
    const [min, max] = [formatNumber(range.min, locale), formatNumber(range.max, locale)]
    return { ok: false, message: t('cli.client.outOfRange', { option, min, max, unit, raw }) }
  }
  return { ok: true, value }
}

/** A command that takes a value: what to say without it, and how to read it. */
interface ValueOption {
  readonly missing: string
  readonly read: (raw: string) => ValueParse<CommandLineCall>
}

/** Each command that takes a value, with its messages in `locale`'s words. */
function valueOptions(locale: string | undefined): Record<string, ValueOption> {
  const t = translator(locale)
  return {
    '--log-water': {
      missing: t('cli.client.missingWater'),
      read: (raw) => {
        const unit = t('cli.client.millilitres')
        const amount = wholeNumber('--log-water', raw, waterRange, unit, '--log-water 250', t, locale)
        return amount.ok ? { ok: true, value: { name: 'logWater', input: { amountMl: amount.value } } } : amount
      }
    },
    '--pause': {
      missing: t('cli.client.missingPause'),
      read: (raw) => {
        const range = { min: 1, max: maxPauseMinutes }
        const minutes = wholeNumber('--pause', raw, range, t('cli.client.minutes'), '--pause 60', t, locale)
        return minutes.ok ? { ok: true, value: { name: 'pauseReminders', input: { minutes: minutes.value } } } : minutes
      }
    },
    '--start': {
      missing: t('cli.client.missingStart', { routines: routineList(locale) }),
      read: (raw) =>
        (routineNames as readonly string[]).includes(raw)
          ? {
              ok: true,
              value: { name: 'startRoutine', input: { routineId: startableRoutineIds[raw as StartableRoutine] } }
            }
          : { ok: false, message: t('cli.client.unknownRoutine', { raw, routines: routineList(locale) }) }
    }
  }
}

/** Each command that takes no value, and the call it sends. */
const flagOptions: Record<string, CommandLineCall> = {
  '--resume': { name: 'resumeReminders', input: {} },
  '--status': { name: 'getState', input: {} }
}

/**
 * Reads a command line (`process.argv` without the executable). Electron's and Chromium's own switches, the app
 * path and `--test-clock` are passed over; a plain launch comes out as `none`.
 */
export function parseCommandLine(argv: readonly string[], locale?: string): ParsedCommandLine {
  const t = translator(locale)
  const footer = t('cli.client.footer')
  const valued = valueOptions(locale)
  const given: { readonly option: string; readonly call: CommandLineCall }[] = []
  let help = false
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--' || arg === '' || isPassedOver(arg)) continue
    if (!arg.startsWith('-')) {
      if (looksLikePath(arg)) continue
      return {
        kind: 'error',
        message: t('cli.client.unknownCommand', { arg, footer })
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
    const value = valued[option]
    let call: CommandLineCall
    if (flag) {
      if (inline !== undefined) return { kind: 'error', message: t('cli.client.takesNoValue', { option }) }
      call = flag
    } else if (value) {
      const next = argv[index + 1]
      // A following option is not this one's value ("--log-water --status" is missing its amount).
      const raw = inline ?? (next !== undefined && !next.startsWith('--') ? next : undefined)
      if (inline === undefined && raw !== undefined) index++
      if (raw === undefined || raw === '') return { kind: 'error', message: value.missing }
      const read = value.read(raw)
      if (!read.ok) return { kind: 'error', message: read.message }
      call = read.value
    } else {
      return { kind: 'error', message: t('cli.client.unknownOption', { option, footer }) }
    }
    given.push({ option, call })
  }
  if (help) return { kind: 'help' }
  const [first, second] = given
  if (second) {
    return {
      kind: 'error',
      message: t('cli.client.oneAtATime', { first: first?.option ?? '', second: second.option, footer })
    }
  }
  return first ? { kind: 'command', call: first.call } : { kind: 'none' }
}
