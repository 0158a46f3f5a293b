import { describe, expect, it } from 'vitest'
import { commandLineHelp, helpText, parseCommandLine } from './command-line'

const parse = (...argv: string[]): ReturnType<typeof parseCommandLine> => parseCommandLine(argv)
const errorOf = (...argv: string[]): string => {
  const parsed = parseCommandLine(argv)
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(parsed)}`)
  return parsed.message
}

describe('parseCommandLine', () => {
  it('finds nothing in a plain launch, passing over Electron, Chromium and launcher switches and the app path', () => {
    expect(parse()).toEqual({ kind: 'none' })
    expect(
      parse(
        '.',
        '/opt/Limber/resources/app.asar',
        'C:\\Program Files\\Limber\\Limber.exe',
        'out/main/index.js',
        '--no-sandbox',
        '--hidden',
        '--enable-logging',
        '--enable-logging=file',
        '--inspect=0',
        '--inspect-brk',
        '--remote-debugging-port=0',
        '--disable-gpu',
        '--ozone-platform=wayland',
        '--allow-file-access-from-files',
        '--original-process-start-time=1234',
        '--squirrel-firstrun',
        '-psn_0_12345',
        '--test-clock',
        '--'
      )
    ).toEqual({ kind: 'none' })
  })

  it('reads --log-water with the amount after a space or an equals sign, in whole millilitres', () => {
    expect(parse('--log-water', '250')).toEqual({
      kind: 'command',
      call: { name: 'logWater', input: { amountMl: 250 } }
    })
    expect(parse('--log-water=250')).toEqual({ kind: 'command', call: { name: 'logWater', input: { amountMl: 250 } } })
    expect(parse('.', '--no-sandbox', '--log-water', '1')).toEqual({
      kind: 'command',
      call: { name: 'logWater', input: { amountMl: 1 } }
    })
    expect(parse('--log-water', '3000')).toEqual({
      kind: 'command',
      call: { name: 'logWater', input: { amountMl: 3000 } }
    })
  })

  it('refuses a missing, non-numeric, fractional or out-of-range amount in plain words', () => {
    const missing = '--log-water needs an amount in millilitres, such as --log-water 250.'
    expect(errorOf('--log-water')).toBe(missing)
    expect(errorOf('--log-water=')).toBe(missing)
    expect(errorOf('--log-water', '--status')).toBe(missing)
    expect(errorOf('--log-water', 'lots')).toBe(
      '"lots" is not a number. --log-water needs millilitres, such as --log-water 250.'
    )
    expect(errorOf('--log-water', '2.5')).toBe(
      '"2.5" is not a whole number. --log-water needs whole millilitres, such as --log-water 250.'
    )
    expect(errorOf('--log-water', '0')).toBe('--log-water must be between 1 and 3,000 millilitres; 0 is out of range.')
    expect(errorOf('--log-water', '-5')).toBe(
      '--log-water must be between 1 and 3,000 millilitres; -5 is out of range.'
    )
    expect(errorOf('--log-water=3001')).toBe(
      '--log-water must be between 1 and 3,000 millilitres; 3001 is out of range.'
    )
  })

  it('reads --pause in whole minutes up to a week', () => {
    expect(parse('--pause', '60')).toEqual({
      kind: 'command',
      call: { name: 'pauseReminders', input: { minutes: 60 } }
    })
    expect(parse('--pause=10080')).toEqual({
      kind: 'command',
      call: { name: 'pauseReminders', input: { minutes: 10080 } }
    })
    expect(errorOf('--pause')).toBe('--pause needs a number of minutes, such as --pause 60.')
    expect(errorOf('--pause', 'soon')).toBe('"soon" is not a number. --pause needs minutes, such as --pause 60.')
    expect(errorOf('--pause', '1.5')).toBe(
      '"1.5" is not a whole number. --pause needs whole minutes, such as --pause 60.'
    )
    expect(errorOf('--pause', '0')).toBe('--pause must be between 1 and 10,080 minutes; 0 is out of range.')
    expect(errorOf('--pause', '10081')).toBe('--pause must be between 1 and 10,080 minutes; 10081 is out of range.')
  })

  it('reads --resume and --status, which take no value', () => {
    expect(parse('--resume')).toEqual({ kind: 'command', call: { name: 'resumeReminders', input: {} } })
    expect(parse('--status')).toEqual({ kind: 'command', call: { name: 'getState', input: {} } })
    expect(errorOf('--resume=now')).toBe('--resume takes no value.')
    expect(errorOf('--status=all')).toBe('--status takes no value.')
  })

  it('reads --start with one of the three routines, and lists them when the name is wrong', () => {
    for (const [routine, routineId] of [
      ['warm-up', 'warm-up'],
      ['cool-down', 'cool-down'],
      ['relief', 'cramp-relief']
    ] as const) {
      const call = { name: 'startRoutine', input: { routineId } }
      expect(parse('--start', routine)).toEqual({ kind: 'command', call })
      expect(parse(`--start=${routine}`)).toEqual({ kind: 'command', call })
    }
    expect(errorOf('--start')).toBe('--start needs a routine: warm-up, cool-down, or relief, such as --start warm-up.')
    expect(errorOf('--start', 'yoga')).toBe('Unknown routine "yoga". --start takes warm-up, cool-down, or relief.')
    expect(errorOf('--start', 'cramp-relief')).toBe(
      'Unknown routine "cramp-relief". --start takes warm-up, cool-down, or relief.'
    )
  })

  it('answers help for --help or -h, even next to a command', () => {
    expect(parse('--help')).toEqual({ kind: 'help' })
    expect(parse('-h')).toEqual({ kind: 'help' })
    expect(parse('--status', '--help')).toEqual({ kind: 'help' })
    expect(helpText).toContain('--log-water <ml>')
    expect(helpText).toContain('1 to 3,000')
    expect(helpText).toContain('warm-up, cool-down, or relief')
  })

  it('refuses unknown options and words, pointing at --help', () => {
    expect(errorOf('--foo')).toBe('Unknown option --foo. Run limber --help for the commands.')
    expect(errorOf('--foo=1')).toBe('Unknown option --foo. Run limber --help for the commands.')
    expect(errorOf('-x')).toBe('Unknown option -x. Run limber --help for the commands.')
    expect(errorOf('status')).toBe(
      'Unknown command "status". Commands start with two dashes, such as --status. Run limber --help for the commands.'
    )
  })

  it('refuses two commands at once, naming both', () => {
    expect(errorOf('--log-water', '250', '--pause', '60')).toBe(
      'Give one command at a time (you gave --log-water and --pause). Run limber --help for the commands.'
    )
    expect(errorOf('--status', '--status')).toBe(
      'Give one command at a time (you gave --status and --status). Run limber --help for the commands.'
    )
  })
})

describe('the command line in German', () => {
  it('explains a mistake in German', () => {
    expect(parseCommandLine(['--log-water', '20000'], 'de-DE')).toEqual({
      kind: 'error',
      message: '--log-water muss zwischen 1 und 3.000 Milliliter liegen; 20000 liegt außerhalb.'
    })
    expect(parseCommandLine(['--start', 'yoga'], 'de')).toEqual({
      kind: 'error',
      message: 'Unbekannte Routine „yoga“. --start nimmt warm-up, cool-down oder relief.'
    })
  })

  it('gives the help in German', () => {
    expect(commandLineHelp('de')).toMatch(/^Aufruf: limber <Befehl>/)
    expect(commandLineHelp('de')).toContain('Erinnerungen für 1 bis 10.080 Minuten (eine Woche) pausieren')
  })
})
