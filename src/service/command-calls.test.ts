import { describe, expect, it } from 'vitest'
import { callTable } from '../contract/contract'
import { commandLineCallNames, isCommandLineCallName, type CommandLineCall } from './command-calls'
import { encodeCommandRequest, parseCommandRequest } from './command-protocol'

// These lines are checked by `tsc -b`: each @ts-expect-error fails the typecheck if its line stops being an error.

const logWater: CommandLineCall = { name: 'logWater', input: { amountMl: 250 } }

// @ts-expect-error logWater takes a number of millilitres, not a string
const stringAmount: CommandLineCall = { name: 'logWater', input: { amountMl: '250' } }

// @ts-expect-error logWater's input is { amountMl }, not pauseReminders' { minutes }
const pauseInputForLogWater: CommandLineCall = { name: 'logWater', input: { minutes: 30 } }

// @ts-expect-error startRoutine needs the routine's id
const startWithoutRoutine: CommandLineCall = { name: 'startRoutine', input: {} }

// @ts-expect-error pauseReminders' `until` is one of the table's choices, not any string
const pauseUntilLunch: CommandLineCall = { name: 'pauseReminders', input: { until: 'lunch' } }

// @ts-expect-error importData is a table call, but not one the command line may send
const importThroughSocket: CommandLineCall = { name: 'importData', input: { text: '{}' } }

// @ts-expect-error the request encoder takes only a command-line call, with its own input type
const encodedWrongInput = (): string => encodeCommandRequest({ name: 'getState', input: { amountMl: 250 } })

describe('the command line’s calls', () => {
  it('are table calls, and a request line carries the call’s own name and input', () => {
    for (const name of commandLineCallNames) expect(Object.hasOwn(callTable, name)).toBe(true)
    expect(parseCommandRequest(encodeCommandRequest(logWater).trimEnd())).toEqual({
      ok: true,
      request: { name: 'logWater', input: { amountMl: 250 } }
    })
    expect(encodeCommandRequest(logWater)).toBe('{"name":"logWater","input":{"amountMl":250}}\n')
  })

  it('allow only the commands’ calls, not the rest of the table', () => {
    expect(commandLineCallNames.filter(isCommandLineCallName)).toEqual([...commandLineCallNames])
    for (const name of ['importData', 'deleteAllData', 'updateSettings', 'toString', '__proto__']) {
      expect(isCommandLineCallName(name)).toBe(false)
    }
    // The wrongly typed ones above still exist at run time; only the typecheck refuses them.
    expect([
      stringAmount,
      pauseInputForLogWater,
      startWithoutRoutine,
      pauseUntilLunch,
      importThroughSocket,
      encodedWrongInput
    ]).toHaveLength(6)
  })
})
