import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react'
import type { AppState } from '../../../contract/state'
import { localDateKey } from '../../../core/time/local-date'
import { useAppActions } from '../api/app-state'
import { t } from '../i18n/i18n'
import { newWorkoutId } from '../reminders/workout-draft'
import { navigateTo } from '../shell/navigation'
import { placeIssues } from '../shell/use-service-form'
import {
  checkSetupDraft,
  checkSetupStep,
  focusSetupField,
  setupErrorMessage,
  setupFieldKeys,
  setupKeyOfIssue,
  stepOfKey
} from './setup-check'
import { setupDraftFromSettings, setupSteps, setupToSend, type SetupDraft, type SetupStep } from './setup-draft'
import '../i18n/setup-strings'

/** What focus should move to once the next render is on screen. */
type FocusTarget = { readonly kind: 'heading' } | { readonly kind: 'field'; readonly key: string }

/** The setup's draft, step and verdicts, and what its buttons do. */
export interface SetupWizard {
  readonly draft: SetupDraft
  readonly step: SetupStep
  readonly stepIndex: number
  readonly status: string
  readonly setStatus: (status: string) => void
  readonly summary: string
  readonly failure: string
  /** An error worded for the draft as it is now (a unit switch rewords it), or undefined. */
  readonly errorOf: (key: string) => string | undefined
  /** Replaces the draft, clears the status line and the touched fields' errors. */
  readonly edit: (next: (previous: SetupDraft) => SetupDraft, ...touchedKeys: string[]) => void
  /** Next, or Finish on the last step: checks the step first and stays on it with errors if needed. */
  readonly submit: (event: FormEvent<HTMLFormElement>) => Promise<void>
  readonly back: () => void
  readonly skip: () => Promise<void>
  /** Setup was saved: the "You're set" summary shows in place of the steps. */
  readonly finished: boolean
}

/**
 * Runs the first-run setup: one step at a time, one updateSettings at the end (or only "done" when skipped).
 * `headingRef` is the step heading, which takes focus on every step change.
 */
export function useSetupWizard(state: AppState, headingRef: RefObject<HTMLHeadingElement | null>): SetupWizard {
  const { perform } = useAppActions()
  const [draft, setDraft] = useState(() => setupDraftFromSettings(state.settings, localDateKey(new Date())))
  const [stepIndex, setStepIndex] = useState(0)
  const [invalidKeys, setInvalidKeys] = useState<readonly string[]>([])
  const [status, setStatus] = useState('')
  const [summary, setSummary] = useState('')
  const [failure, setFailure] = useState('')
  const [finished, setFinished] = useState(false)
  const focusTarget = useRef<FocusTarget | null>(null)
  const busy = useRef(false)
  const step = setupSteps[stepIndex] ?? 'units'
  // The latest stored settings: the new workout joins the workouts planned now, not when setup opened.
  const plannedCount = state.settings.workouts.length

  useEffect(() => {
    const target = focusTarget.current
    if (target === null) return
    focusTarget.current = null
    if (target.kind === 'heading') headingRef.current?.focus()
    else focusSetupField(target.key)
  }, [stepIndex, invalidKeys, headingRef])

  const clearVerdicts = (): void => {
    setStatus('')
    setSummary('')
    setFailure('')
  }

  const goTo = (index: number): void => {
    clearVerdicts()
    setInvalidKeys([])
    focusTarget.current = { kind: 'heading' }
    setStepIndex(index)
  }

  const showErrors = (keys: readonly string[], message: string): void => {
    const first = keys[0]
    if (first !== undefined) {
      focusTarget.current = { kind: 'field', key: first }
      setStepIndex(setupSteps.indexOf(stepOfKey(first)))
    }
    setInvalidKeys(keys)
    setSummary(keys.length > 0 ? message : '')
  }

  const finish = async (): Promise<void> => {
    const checked = checkSetupDraft(draft, plannedCount)
    const outcome = await perform('updateSettings', setupToSend(draft, state.settings, state.mode, newWorkoutId()))
    if (outcome.ok) {
      setFinished(true)
      return
    }
    const keyOfIssue = (issue: Parameters<typeof setupKeyOfIssue>[0]) => setupKeyOfIssue(issue, draft, plannedCount)
    const placed = placeIssues(checked, outcome.error, keyOfIssue, setupFieldKeys)
    showErrors(placed.invalidKeys, t('setup.notSaved'))
    if (placed.unplaced) setFailure(t('setup.saveFailed'))
  }

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    if (busy.current) return
    clearVerdicts()
    const invalid = checkSetupStep(draft, step, plannedCount)
    if (invalid.length > 0) {
      showErrors(invalid, t('setup.fixStep'))
      return
    }
    if (stepIndex < setupSteps.length - 1) {
      goTo(stepIndex + 1)
      return
    }
    busy.current = true
    try {
      await finish()
    } finally {
      busy.current = false
    }
  }

  const skip = async (): Promise<void> => {
    if (busy.current) return
    busy.current = true
    clearVerdicts()
    // Only the flag: skipping keeps every default (or the settings as they were, when setup runs again).
    const outcome = await perform('updateSettings', { setupCompleted: true })
    busy.current = false
    if (outcome.ok) navigateTo('today')
    else setFailure(t('setup.skipFailed'))
  }

  return {
    draft,
    step,
    stepIndex,
    status,
    setStatus,
    summary,
    failure,
    errorOf: (key) => (invalidKeys.includes(key) ? setupErrorMessage(key, draft) : undefined),
    edit: (next, ...touchedKeys) => {
      setDraft(next)
      setStatus('')
      if (touchedKeys.length > 0) setInvalidKeys((keys) => keys.filter((key) => !touchedKeys.includes(key)))
    },
    submit,
    back: () => goTo(Math.max(0, stepIndex - 1)),
    skip,
    finished
  }
}
