import { describe, expect, it } from 'vitest'
import { callTable, parseCallInput } from './contract'
import { slices } from './call-table'

describe('contract validation', () => {
  it('gives every call to exactly one slice, and every state key to exactly one slice', () => {
    const declared = Object.values(slices).flatMap((each) => Object.keys(each.calls))
    expect(new Set(declared).size).toBe(declared.length)
    expect(Object.keys(callTable).sort()).toEqual([...declared].sort())
    const keys = Object.values(slices).flatMap((each): readonly string[] => each.state)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('accepts a valid water entry', () => {
    expect(parseCallInput('logWater', { amountMl: 250 })).toEqual({ ok: true, input: { amountMl: 250 } })
  })

  it.each([
    [{ amountMl: 0 }, 'amountMl'],
    [{ amountMl: 2.5 }, 'amountMl'],
    [{ amountMl: '250' }, 'amountMl'],
    [{ amountMl: 1e9 }, 'amountMl'],
    [{}, 'amountMl']
  ])('refuses logWater %j naming the field %s', (input, field) => {
    const outcome = parseCallInput('logWater', input)
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.error.issues.map((issue) => issue.field)).toContain(field)
    expect(!outcome.ok && outcome.error.code).toBe('invalid_input')
  })

  it('refuses unknown keys instead of silently storing them', () => {
    const outcome = parseCallInput('updateSettings', { dailyGoalMl: 2000, __proto__x: 1 })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('names the nested field of a bad active-hours day', () => {
    const day = { enabled: true, start: '09:00', end: '09:00' }
    const days = { sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day }
    const outcome = parseCallInput('updateSettings', { activeHours: days })
    expect(!outcome.ok && outcome.error.issues[0]?.field).toBe('activeHours.sun.end')
  })

  it('refuses a non-object input for a call that takes none', () => {
    expect(parseCallInput('getState', 'please')).toMatchObject({ ok: false })
    expect(parseCallInput('getState', undefined)).toEqual({ ok: true, input: {} })
  })

  it('refuses a body weight out of range but accepts none', () => {
    expect(parseCallInput('updateSettings', { bodyWeightKg: 3 }).ok).toBe(false)
    expect(parseCallInput('updateSettings', { bodyWeightKg: null }).ok).toBe(true)
  })
})
