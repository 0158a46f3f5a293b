import { describe, expect, it } from 'vitest'
import type { ContractError, InputIssue } from '../../../contract/contract'
import { placeIssues } from './use-service-form'

const fieldOrder = ['name', 'amount', 'time'] as const
type Key = (typeof fieldOrder)[number]
const keyOfIssue = (issue: InputIssue): Key | null =>
  (fieldOrder as readonly string[]).includes(issue.field) ? (issue.field as Key) : null
const invalidInput = (...fields: string[]): ContractError => ({
  code: 'invalid_input',
  message: 'invalid',
  issues: fields.map((field) => ({ field, message: 'wrong' }))
})

describe('placing a failed save’s issues on fields', () => {
  it('marks the pre-check’s and the service’s fields once each, in form order', () => {
    expect(placeIssues<Key>(['time'], invalidInput('amount', 'time'), keyOfIssue, fieldOrder)).toEqual({
      invalidKeys: ['amount', 'time'],
      unplaced: false
    })
  })

  it('reports a failure when an issue has no field of its own', () => {
    expect(placeIssues<Key>([], invalidInput('name', 'elsewhere'), keyOfIssue, fieldOrder)).toEqual({
      invalidKeys: ['name'],
      unplaced: true
    })
  })

  it('reports a failure for an error that is not about the input, even with fields from the pre-check', () => {
    const refused: ContractError = { code: 'refused', message: 'no', issues: [] }
    expect(placeIssues<Key>(['amount'], refused, keyOfIssue, fieldOrder)).toEqual({
      invalidKeys: ['amount'],
      unplaced: true
    })
  })

  it('reports a failure when nothing could be placed', () => {
    expect(placeIssues<Key>([], invalidInput(), keyOfIssue, fieldOrder)).toEqual({ invalidKeys: [], unplaced: true })
  })
})
