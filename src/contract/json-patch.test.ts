import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyJsonPatch, diffJson, jsonLongerThan, sameJson } from './json-patch'

const json = fc.jsonValue({ maxDepth: 4 })

describe('comparing and measuring state slices without writing them out', () => {
  it('calls two values the same exactly when their JSON, keys sorted, is the same', () => {
    const sorted = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sorted)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, v]) => [k, sorted(v)])
            )
          : value
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(sorted(a)) === JSON.stringify(sorted(b)))
        expect(sameJson(a, structuredClone(a))).toBe(true)
      })
    )
    expect(sameJson({ a: 1, gone: undefined }, { a: 1 })).toBe(true)
  })

  it('tells whether the JSON is longer than a limit, exactly at the edge', () => {
    fc.assert(
      fc.property(json, (value) => {
        const length = JSON.stringify(value).length
        expect(jsonLongerThan(value, length)).toBe(false)
        expect(jsonLongerThan(value, length - 1)).toBe(true)
      })
    )
  })

  it('turns a list of thousands that gained one entry into one append', () => {
    const entries = Array.from({ length: 5000 }, (_, index) => ({ id: `glass-${index}`, amountMl: 250 }))
    const previous = { totalMl: 1_250_000, entries }
    const next = { totalMl: 1_250_250, entries: [...entries, { id: 'glass-new', amountMl: 250 }] }
    const ops = diffJson(previous, next)
    expect(ops).toEqual([
      { path: ['totalMl'], set: 1_250_250 },
      { path: ['entries'], append: [{ id: 'glass-new', amountMl: 250 }] }
    ])
    expect(applyJsonPatch(previous, ops)).toEqual(next)
  })
})
