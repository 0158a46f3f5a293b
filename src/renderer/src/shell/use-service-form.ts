import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ContractError, InputIssue } from '../../../contract/contract'
import { useLeaveGuard } from './leave-guard'

/** What a form's submit returns: the saved value, or the service's error with issues to place on fields. */
export type SaveOutcome<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly error: ContractError }

/** Where a failed save's problems go: the invalid field keys in form order, and whether any could not be placed. */
export interface PlacedIssues<K extends string> {
  readonly invalidKeys: readonly K[]
  readonly unplaced: boolean
}

/** Merges the pre-check's keys with the service's issues, orders them like the form, and flags what has no field. */
export function placeIssues<K extends string>(
  precheck: readonly K[],
  error: ContractError,
  keyOfIssue: (issue: InputIssue) => K | null,
  fieldOrder: readonly K[]
): PlacedIssues<K> {
  const issueKeys = error.issues.map(keyOfIssue)
  const invalid = new Set<K>([...precheck, ...issueKeys.filter((key): key is K => key !== null)])
  const invalidKeys = fieldOrder.filter((key) => invalid.has(key))
  const unplaced = error.code !== 'invalid_input' || issueKeys.includes(null) || invalidKeys.length === 0
  return { invalidKeys, unplaced }
}

/** How one form drafts, checks, saves and words its verdict; `sent` is the draft as it was when saving began. */
export interface ServiceFormOptions<D, K extends string, V> {
  readonly initial: D | (() => D)
  /** Every field key in form order (the first invalid one gets focus). */
  readonly fieldOrder: (sent: D) => readonly K[]
  /** Only words errors early; the service decides, so the draft is always sent. */
  readonly precheck: (sent: D) => readonly K[]
  readonly keyOfIssue: (issue: InputIssue, sent: D) => K | null
  readonly submit: (sent: D) => Promise<SaveOutcome<V>>
  /** Runs after a successful save and returns the next draft. */
  readonly onSaved: (value: V, sent: D) => D
  readonly focusField: (key: K) => void
  /** `saved` goes to the status line; forms that report success elsewhere leave it out. */
  readonly strings: { readonly saved?: string; readonly notSaved: string; readonly saveFailed: string }
  /** Names the form in the "unsaved changes" question; without it, leaving the screen does not ask. */
  readonly unsavedName?: string
}

/** A form's draft and verdict, and the two ways to change them. */
export interface ServiceForm<D, K extends string> {
  readonly draft: D
  /** Field keys only: messages are worded at render time, so they follow the draft (a unit switch, say). */
  readonly invalidKeys: readonly K[]
  readonly status: string
  readonly setStatus: (status: string) => void
  readonly summary: string
  readonly failure: string
  /** Replaces the draft, clears the status line and the touched fields' errors. */
  readonly edit: (next: D | ((previous: D) => D), ...touchedKeys: K[]) => void
  /** Sends the draft once at a time, then shows the saved draft or places the service's issues on fields. */
  readonly save: (event: FormEvent<HTMLFormElement>) => Promise<void>
  /** The draft differs from what was last loaded or saved. */
  readonly unsaved: boolean
}

const sameDraft = <D>(a: D, b: D): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)

/** A form saved through the service: draft, per-field errors, status, summary and failure, focus on the first error. */
export function useServiceForm<D, K extends string, V>(options: ServiceFormOptions<D, K, V>): ServiceForm<D, K> {
  const { fieldOrder, precheck, keyOfIssue, submit, onSaved, focusField, strings } = options
  const [draft, setDraft] = useState<D>(options.initial)
  const [savedDraft, setSavedDraft] = useState<D>(draft)
  const [invalidKeys, setInvalidKeys] = useState<readonly K[]>([])
  const [status, setStatus] = useState('')
  const [summary, setSummary] = useState('')
  const [failure, setFailure] = useState('')
  const saving = useRef(false)
  const focusPending = useRef(false)

  useEffect(() => {
    if (!focusPending.current) return
    focusPending.current = false
    const first = invalidKeys[0]
    if (first !== undefined) focusField(first)
  }, [invalidKeys, focusField])

  const edit = (next: D | ((previous: D) => D), ...touchedKeys: K[]): void => {
    setDraft(next)
    setStatus('')
    if (touchedKeys.length > 0) setInvalidKeys((keys) => keys.filter((key) => !touchedKeys.includes(key)))
  }

  const saveDraft = async (): Promise<boolean> => {
    if (saving.current) return false
    saving.current = true
    setStatus('')
    setSummary('')
    setFailure('')
    const sent = draft
    const checked = precheck(sent)
    const outcome = await submit(sent)
    saving.current = false
    if (outcome.ok) {
      const next = onSaved(outcome.value, sent)
      setDraft(next)
      setSavedDraft(next)
      setInvalidKeys([])
      if (strings.saved !== undefined) setStatus(strings.saved)
      return true
    }
    const placed = placeIssues(checked, outcome.error, (issue) => keyOfIssue(issue, sent), fieldOrder(sent))
    focusPending.current = placed.invalidKeys.length > 0
    setInvalidKeys(placed.invalidKeys)
    if (placed.invalidKeys.length > 0) setSummary(strings.notSaved)
    if (placed.unplaced) setFailure(strings.saveFailed)
    return false
  }

  const save = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    await saveDraft()
  }

  const unsaved = !sameDraft(draft, savedDraft)
  useLeaveGuard(unsaved && options.unsavedName !== undefined, { name: options.unsavedName ?? '', save: saveDraft })

  return { draft, invalidKeys, status, setStatus, summary, failure, edit, save, unsaved }
}
