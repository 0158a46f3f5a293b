import { ActivityImportError } from '../import-errors'

/** The refusal a parse ends in (fails the test when it does not refuse). */
export function refusal(parse: () => unknown): ActivityImportError {
  try {
    parse()
  } catch (error) {
    if (error instanceof ActivityImportError) return error
    throw error
  }
  throw new Error('expected the file to be refused')
}
