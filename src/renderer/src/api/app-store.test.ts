import { describe, expect, it, vi } from 'vitest'
import type { CallOutcome } from '../../../contract/contract'
import type { CallName } from '../../../contract/call-table'
import type { AppState, StateChanges } from '../../../contract/state'
import { hydrationDay } from '../../../core/journal/hydration'
import { appStateFixture } from '../../../contract/testing/app-state'
import { createAppStore, sameContent, shareUnchanged, type StoreTransport } from './app-store'

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

/** A service stand-in: `answer` for every call, and a way to push changes as the event stream would. */
function fakeTransport(answer: (name: CallName) => CallOutcome<CallName>) {
  let listener: ((pushed: StateChanges) => void) | undefined
  const transport: StoreTransport = {
    call: vi.fn(async (name: CallName) => answer(name)) as unknown as StoreTransport['call'],
    onStateChanged: (next) => {
      listener = next
      return () => (listener = undefined)
    }
  }
  return { transport, push: (pushed: StateChanges) => listener?.(pushed) }
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
  const snapshot = (state: AppState, revision = 1) => ({ revision, state })
  const ok = (value: unknown, changes?: StateChanges) =>
    ({ ok: true, value, ...(changes ? { changes } : {}) }) as unknown as CallOutcome<CallName>

  it('starts from a snapshot the page already holds without asking the service', () => {
    const { transport } = fakeTransport(() => ok(snapshot(base())))
    const store = createAppStore(transport, snapshot(base()))
    expect(store.getView().status).toBe('ready')
    expect(transport.call).not.toHaveBeenCalled()
  })

  it('applies a change set once, however many times it arrives, and never an older one', () => {
    const { transport } = fakeTransport(() => ok(snapshot(base())))
    const store = createAppStore(transport, snapshot(base()))
    const heard = vi.fn()
    store.subscribe(heard)
    const changes = { revision: 7, slices: { today: withDrinks(base(), 250, 250).today } }
    store.apply(changes)
    const afterFirst = store.getState()
    store.apply(structuredClone(changes))
    store.apply({ revision: 6, slices: { today: withDrinks(base(), 1000).today } })
    expect(heard).toHaveBeenCalledTimes(1)
    expect(store.getState()).toBe(afterFirst)
    expect(store.getState().today.totalMl).toBe(500)
  })

  it('applies a call’s changes and the pushed event carrying the same revision once, and answers the new state', async () => {
    const today = withDrinks(base(), 250, 250).today
    const changes: StateChanges = { revision: 3, slices: { today } }
    const { transport, push } = fakeTransport(() => ok({ amountMl: 250 }, changes))
    const before = base()
    const store = createAppStore(transport, snapshot(before))
    const heard = vi.fn()
    store.subscribe(heard)
    const outcome = await store.perform('logWater', { amountMl: 250 })
    push(structuredClone(changes))
    expect(heard).toHaveBeenCalledTimes(1)
    expect(outcome.ok && outcome.state.today.totalMl).toBe(500)
    expect(store.getState().routines).toBe(before.routines)
  })

  it('keeps the objects of unchanged slices when a whole snapshot arrives as a change', () => {
    const before = base()
    const { transport, push } = fakeTransport(() => ok(snapshot(before)))
    const store = createAppStore(transport, snapshot(before))
    push({ revision: 2, slices: withDrinks(structuredClone(before), 250, 500) })
    expect(store.getState().today.totalMl).toBe(750)
    expect(store.getState().routines).toBe(before.routines)
    expect(store.getState().settings).toBe(before.settings)
  })

  it('asks for a snapshot again when a patch comes for a change it missed', async () => {
    const fresh = withDrinks(base(), 100, 200)
    const { transport, push } = fakeTransport(() => ok(snapshot(fresh, 9)))
    const store = createAppStore(transport, snapshot(base(), 1))
    push({ revision: 9, slices: {}, patches: { today: { since: 8, ops: [] } } })
    await vi.waitFor(() => expect(store.getState().today.totalMl).toBe(300))
    expect(transport.call).toHaveBeenCalledWith('getState', {})
  })

  it('says why the first load failed, and loads again on reload', async () => {
    let fail = true
    const { transport } = fakeTransport(() =>
      fail
        ? ({ ok: false, error: { code: 'internal', message: 'down', issues: [] } } as CallOutcome<CallName>)
        : ok(snapshot(base()))
    )
    const store = createAppStore(transport)
    expect(store.getView().status).toBe('loading')
    await vi.waitFor(() => expect(store.getView().status).toBe('failed'))
    fail = false
    store.reload()
    expect(store.getView().status).toBe('loading')
    await vi.waitFor(() => expect(store.getView().status).toBe('ready'))
  })

  it('applies changes pushed while the first snapshot was on its way on top of it', async () => {
    let answer: (outcome: CallOutcome<CallName>) => void = () => {}
    let pushChanges: (pushed: StateChanges) => void = () => {}
    const transport: StoreTransport = {
      call: (() => new Promise((resolve) => (answer = resolve))) as unknown as StoreTransport['call'],
      onStateChanged: (listener) => {
        pushChanges = listener
        return () => {}
      }
    }
    const store = createAppStore(transport)
    pushChanges({ revision: 9, slices: { today: withDrinks(base(), 250, 500).today } })
    answer(ok(snapshot(withDrinks(base(), 250), 8)))
    await vi.waitFor(() => expect(store.getView().status).toBe('ready'))
    expect(store.getState().today.totalMl).toBe(750)
  })
})
