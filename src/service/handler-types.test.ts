import { describe, expect, it } from 'vitest'
import type { CallInput, CallResults } from '../contract/contract'
import type { Handler, SliceHandlers } from './handler-types'
import { companionIn, tempDataDir } from './testing/temp-companion'

// These lines are checked by `tsc -b`: each @ts-expect-error fails the typecheck if its line stops being an error.

const logWater: Handler<'logWater'> = ({ amountMl }) => ({ id: 'drink-1', loggedAtMs: 0, amountMl })

// @ts-expect-error logWater answers with the entry it wrote, not with a number
const answersANumber: Handler<'logWater'> = ({ amountMl }) => amountMl

// @ts-expect-error logWater's input has amountMl (a number), not a routine id
const takesARoutine: Handler<'logWater'> = ({ routineId }: { routineId: string }) => ({
  id: routineId,
  loggedAtMs: 0,
  amountMl: 1
})

// @ts-expect-error getHistory is a query that answers with the history, not with nothing
const historyAnswersNothing: Handler<'getHistory'> = () => null

const water: SliceHandlers<'water'> = {
  logWater,
  undoLastWater: () => null,
  removeWater: ({ id }) => (id.length > 0 ? null : null)
}

// @ts-expect-error a slice's handlers must cover every call of that slice (removeWater is missing)
const waterMissingACall: SliceHandlers<'water'> = { logWater, undoLastWater: () => null }

const waterWithAStranger: SliceHandlers<'water'> = {
  ...water,
  // @ts-expect-error a slice's handlers take only that slice's calls
  startRoutine: () => null
}

// @ts-expect-error a caller cannot send logWater a string amount
const wrongInput: CallInput<'logWater'> = { amountMl: '250' }

describe('handler types come from the call table', () => {
  it('types a call through the companion with its own result', async () => {
    const companion = companionIn(tempDataDir())
    const outcome = await companion.call('logWater', { amountMl: 300 })
    const entry: CallResults['logWater'] | undefined = outcome.ok ? outcome.value : undefined
    expect(entry).toMatchObject({ amountMl: 300 })
    expect(water.logWater({ amountMl: 250 })).toEqual({ id: 'drink-1', loggedAtMs: 0, amountMl: 250 })
    // The wrongly typed ones above still exist at run time; only the typecheck refuses them.
    expect([
      answersANumber,
      takesARoutine,
      historyAnswersNothing,
      waterMissingACall,
      waterWithAStranger,
      wrongInput
    ]).toHaveLength(6)
  })
})
