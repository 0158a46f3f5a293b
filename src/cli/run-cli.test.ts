import { describe, expect, it } from 'vitest'
import type { CommandLineCall } from '../service/command-calls'
import { commandSocketPath } from '../service/command-protocol'
import type { SendOutcome } from './command-client'
import { runCli } from './run-cli'

/** Runs the entry against a scripted outcome, collecting what it prints and sends. */
async function run(argv: string[], outcome: SendOutcome = { kind: 'reply', ok: true, message: 'done' }) {
  const out: string[] = []
  const err: string[] = []
  const sent: { socketPath: string; call: CommandLineCall }[] = []
  const code = await runCli(argv, {
    dataDir: '/home/ann/.config/Limber',
    send: async (socketPath, call) => {
      sent.push({ socketPath, call })
      return outcome
    },
    print: (text) => out.push(text),
    printError: (text) => err.push(text)
  })
  return { code, out, err, sent }
}

describe('runCli', () => {
  it('sends the command to the data folder’s socket and prints the reply, exiting 0', async () => {
    const result = await run(['--log-water', '250'], {
      kind: 'reply',
      ok: true,
      message: 'Logged 250 ml. Water today: 250 of 2,000 ml.'
    })
    expect(result).toEqual({
      code: 0,
      out: ['Logged 250 ml. Water today: 250 of 2,000 ml.'],
      err: [],
      sent: [
        {
          socketPath: commandSocketPath('/home/ann/.config/Limber'),
          call: { name: 'logWater', input: { amountMl: 250 } }
        }
      ]
    })
  })

  it('prints refusals and an absent Limber on stderr, exiting 1', async () => {
    expect(
      await run(['--status'], { kind: 'not-running', message: 'Limber is not running (start it first).' })
    ).toEqual(expect.objectContaining({ code: 1, out: [], err: ['Limber is not running (start it first).'] }))
    expect(await run(['--start', 'relief'], { kind: 'reply', ok: false, message: 'No routine' })).toEqual(
      expect.objectContaining({ code: 1, err: ['No routine'] })
    )
  })

  it('exits 2 on bad arguments or none, sending nothing', async () => {
    const bad = await run(['--log-water', 'lots'])
    expect(bad).toEqual({
      code: 2,
      out: [],
      err: ['"lots" is not a number. --log-water needs millilitres, such as --log-water 250.'],
      sent: []
    })
    const none = await run([])
    expect(none.code).toBe(2)
    expect(none.err[0]).toMatch(/^No command given\.\n\nUsage: limber <command>/)
    expect(none.sent).toEqual([])
  })

  it('prints help and exits 0', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.out[0]).toMatch(/^Usage: limber <command>/)
  })
})

describe('runCli in a German terminal', () => {
  it('says in German that no command was given, then the German help, exiting 2', async () => {
    const err: string[] = []
    const code = await runCli([], {
      dataDir: '/home/ann/.config/Limber',
      locale: 'de-DE',
      send: async () => ({ kind: 'reply', ok: true, message: 'done' }),
      print: () => undefined,
      printError: (text) => err.push(text)
    })
    expect(code).toBe(2)
    expect(err[0]).toMatch(/^Kein Befehl angegeben\.\n\nAufruf: limber <Befehl>/)
  })
})
