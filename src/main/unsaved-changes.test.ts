import { describe, expect, it } from 'vitest'
import { askBeforeDroppingChanges, unsavedChangesQuestion, type UnloadVetoTarget } from './unsaved-changes'

function vetoingPage(answer: number): { readonly leaves: () => boolean; readonly asked: string[] } {
  let listener: ((event: { preventDefault(): void }) => void) | undefined
  const contents: UnloadVetoTarget = {
    on: (_event, handler) => {
      listener = handler
    }
  }
  const asked: string[] = []
  askBeforeDroppingChanges(contents, (question) => {
    asked.push(question.message)
    return answer
  })
  return {
    asked,
    leaves: () => {
      let left = false
      listener?.({ preventDefault: () => (left = true) })
      return left
    }
  }
}

describe('closing a window with unsaved changes', () => {
  it('asks, and closes only when the person chooses to leave without saving', () => {
    const leaving = vetoingPage(unsavedChangesQuestion.buttons.indexOf('Leave without saving'))
    expect(leaving.leaves()).toBe(true)
    expect(leaving.asked).toEqual(['Leave without saving?'])
    expect(vetoingPage(unsavedChangesQuestion.buttons.indexOf('Keep editing')).leaves()).toBe(false)
  })
})
