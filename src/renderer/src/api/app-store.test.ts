import { describe, expect, it, vi } from 'vitest'
import type { CallOutcome } from '../../../contract/contract'
import type { CallName } from '../../../contract/names'
import type { AppState } from '../../../contract/state'
import { hydrationDay } from '../../../core/hydration'
import { appStateFixture } from '../../../main/testing/app-state'
import { createAppStore, sameContent, shareUnchanged, type StateChanges, type StoreTransport } from './app-store'

const nowMs = new Date(2026, 10, 25, 12, 0).getTime()
const base = (): AppState => appStateFixture({ nowMs, drinksMl: [250] })
const withDrinks = (state: AppState, ...drinksMl: number[]): AppState => ({
  ...state,
  today: hydrationDay(
    { water: drinksMl.map((amountMl, index) => ({ id: `d${index}`, loggedAtMs: nowMs, amountMl })) },
    state.settings.dailyGoalMl,
    new Date(nowMs)
  )
})

/** A service stand-in: `answer` for every call, and a way to push a state as the event stream would. */
function fakeTransport(answer: (name: CallName) => CallOutcome<CallName>) {
  let listener: ((pushed: StateChanges | AppState) => void) | undefined
  const transport: StoreTransport = {
    call: vi.fn(async (name: CallName) => answer(name)) as unknown as StoreTransport['call'],
    onStateChanged: (next) => {
      listener = next
      return () => (listener = undefined)
    }
  }
  return { transport, push: (pushed: StateChanges | AppState) => listener?.(pushed) }
}

describe('keeping unchanged parts of the state', () => {
  it('compares JSON-shaped values by content', () => {
    expect(sameContent({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true)
    expect(sameContent({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false)
    expect(sameContent({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameContent([1, 2], { 0: 1, 1: 2 })).toBe(false)
  })

  it('keeps the previous object for every part whose content did not change', () => {
    const before = base()
    const after = shareUnchanged(before, withDrinks(structuredClone(before), 250, 500))
    expect(after.today).not.toBe(before.today)
    expect(after.today.totalMl).toBe(750)
    expect(after.routines).toBe(before.routines)
    expect(after.settings).toBe(before.settings)
  })

  it('keeps the previous state itself when nothing changed', () => {
    const before = base()
    expect(shareUnchanged(before, structuredClone(before))).toBe(before)
  })
})

describe('the window store', () => {
  it('starts from a state the page already holds without asking the service', () => {
    const { transport } = fakeTransport(() => ({ ok: true, value: base() }) as CallOutcome<CallName>)
    const store = createAppStore(transport, base())
    expect(store.getView().status).toBe('ready')
    expect(transport.call).not.toHaveBeenCalled()
  })

  it('applies a change set once, however many times it arrives', () => {
    const { transport } = fakeTransport(() => ({ ok: true, value: base() }) as CallOutcome<CallName>)
    const store = createAppStore(transport, base())
    const heard = vi.fn()
    store.subscribe(heard)
    const changes = { revision: 7, slices: { today: withDrinks(base(), 250, 250).today } }
    store.apply(changes)
    const afterFirst = store.getState()
    store.apply(changes)
    store.apply({ revision: 6, slices: { today: withDrinks(base(), 1000).today } })
    expect(heard).toHaveBeenCalledTimes(1)
    expect(store.getState()).toBe(afterFirst)
    expect(store.getState().today.totalMl).toBe(500)
  })

  it('shows a call’s answer and its matching push as one change', async () => {
    const answer = withDrinks(base(), 250, 250)
    const { transport, push } = fakeTransport(() => ({ ok: true, value: answer }) as CallOutcome<CallName>)
    const store = createAppStore(transport, base())
    const heard = vi.fn()
    store.subscribe(heard)
    const outcome = await store.perform('logWater', { amountMl: 250 })
    expect(outcome.ok).toBe(true)
    push(structuredClone(answer))
    expect(heard).toHaveBeenCalledTimes(1)
    expect(store.getState().today.totalMl).toBe(500)
  })

  it('says why the first load failed, and loads again on reload', async () => {
    let fail = true
    const { transport } = fakeTransport(() =>
      fail
        ? ({ ok: false, error: { code: 'internal', message: 'down', issues: [] } } as CallOutcome<CallName>)
        : ({ ok: true, value: base() } as CallOutcome<CallName>)
    )
    const store = createAppStore(transport)
    expect(store.getView().status).toBe('loading')
    await vi.waitFor(() => expect(store.getView().status).toBe('failed'))
    fail = false
    store.reload()
    expect(store.getView().status).toBe('loading')
    await vi.waitFor(() => expect(store.getView().status).toBe('ready'))
  })

  it('lets a pushed state win over an older getState answer', async () => {
    let answer: (outcome: CallOutcome<CallName>) => void = () => {}
    const transport: StoreTransport = {
      call: (() => new Promise((resolve) => (answer = resolve))) as unknown as StoreTransport['call'],
      onStateChanged: (listener) => {
        pushState = listener
        return () => {}
      }
    }
    let pushState: (state: AppState) => void = () => {}
    const store = createAppStore(transport)
    pushState(withDrinks(base(), 500))
    answer({ ok: true, value: base() } as CallOutcome<CallName>)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getState().today.totalMl).toBe(500)
  })

  it('applies a call’s changes and the pushed event carrying the same revision once', async () => {
    const today = withDrinks(base(), 250, 250).today
    const changes: StateChanges = { revision: 3, slices: { today } }
    const { transport, push } = fakeTransport(
      () => ({ ok: true, value: { amountMl: 250 }, changes }) as unknown as CallOutcome<CallName>
    )
    const store = createAppStore(transport, base())
    const heard = vi.fn()
    store.subscribe(heard)
    await store.perform('logWater', { amountMl: 250 })
    push(structuredClone(changes))
    expect(heard).toHaveBeenCalledTimes(1)
    expect(store.getState().today.totalMl).toBe(500)
    expect(store.getState().routines).toBe(base().routines)
  })

  it('leaves the state alone when a call answers with a value that is not a state', async () => {
    const { transport } = fakeTransport(
      () => ({ ok: true, value: { amountMl: 250 } }) as unknown as CallOutcome<CallName>
    )
    const before = base()
    const store = createAppStore(transport, before)
    await store.perform('logWater', { amountMl: 250 })
    expect(store.getState()).toBe(before)
  })

  it('ignores a getState answer older than the changes already pushed', async () => {
    let answer: (outcome: CallOutcome<CallName>) => void = () => {}
    let pushChanges: (pushed: StateChanges | AppState) => void = () => {}
    const transport: StoreTransport = {
      call: (() => new Promise((resolve) => (answer = resolve))) as unknown as StoreTransport['call'],
      onStateChanged: (listener) => {
        pushChanges = listener
        return () => {}
      }
    }
    const store = createAppStore(transport)
    store.replace(withDrinks(base(), 250))
    pushChanges({ revision: 9, slices: { today: withDrinks(base(), 250, 500).today } })
    answer({ ok: true, value: { revision: 8, state: base() } } as unknown as CallOutcome<CallName>)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getState().today.totalMl).toBe(750)
  })
})
