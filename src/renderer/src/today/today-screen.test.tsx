import { describe, expect, it } from 'vitest'
import type { AppState, StateChanges } from '../../../contract/state'
import { builtInRoutine } from '../../../core/routines/builtin-routines'
import { hydrationDay } from '../../../core/journal/hydration'
import { skipSegment, startSession } from '../../../core/routines/routine-session'
import { appStateFixture } from '../../../contract/testing/app-state'
import type { StoreTransport } from '../api/app-store'
import { installFakeDom } from '../testing/fake-dom'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
const { act, Profiler } = await import('react')
const { createRoot } = await import('react-dom/client')
await import('../i18n/i18n')
const { AppStateProvider, useAppSelector } = await import('../api/app-state')
const { createAppStore } = await import('../api/app-store')
const { TodayScreen } = await import('./today-screen')

const nowMs = new Date(2026, 10, 25, 12, 0).getTime()
const warmUp = builtInRoutine('warm-up')
if (!warmUp) throw new Error('expected the built-in warm-up')

/** A player stand-in: reads the session, so it shows that the tick reached the window. */
function SessionClock(): null {
  useAppSelector((state) => state.session)
  return null
}

describe('Today and the routine player’s ticks', () => {
  it('does not re-render Today when only the running routine moves on, and does when a drink is logged', async () => {
    const session = startSession(warmUp, 'session-1', nowMs)
    const first: AppState = appStateFixture({ nowMs, drinksMl: [250], session })
    let revision = 1
    let pushChanges: (changes: StateChanges) => void = () => {}
    // What the event stream sends when it has to catch a page up: every slice, at the next revision.
    const push = (state: AppState): void => pushChanges({ revision: (revision += 1), slices: state })
    const transport: StoreTransport = {
      call: () => Promise.reject(new Error('Today must not call the service to render')),
      onStateChanged: (listener) => {
        pushChanges = listener
        return () => {}
      }
    }
    const store = createAppStore(transport, { revision, state: first })
    const renders = { today: 0, clock: 0 }
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <AppStateProvider store={store}>
          <Profiler id="today" onRender={() => (renders.today += 1)}>
            <TodayScreen />
          </Profiler>
          <Profiler id="clock" onRender={() => (renders.clock += 1)}>
            <SessionClock />
          </Profiler>
        </AppStateProvider>
      )
    )
    expect(container.textContent).toContain('250 ml of 2,000 ml')
    // The parts after the first frame load their code then: wait for them before counting.
    for (let wait = 0; wait < 100 && !container.textContent?.includes('Routine in progress'); wait += 1) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
    }
    expect(container.textContent).toContain(`Routine in progress: ${warmUp.name}`)
    renders.today = 0
    renders.clock = 0

    // A tick that reaches the window with a copy of every slice: a new session, a copy of everything else.
    const ticked = { ...structuredClone(first), session: skipSegment(session, nowMs + 5_000) }
    await act(async () => push(ticked))
    expect(store.getState().session).toEqual(ticked.session)
    expect(renders.clock).toBe(1)
    expect(renders.today).toBe(0)

    const drunk: AppState = {
      ...ticked,
      today: hydrationDay(
        { water: [250, 500].map((amountMl, index) => ({ id: `d${index}`, loggedAtMs: nowMs, amountMl })) },
        first.settings.dailyGoalMl,
        new Date(nowMs)
      )
    }
    await act(async () => push(drunk))
    expect(renders.today).toBeGreaterThan(0)
    expect(container.textContent).toContain('750 ml of 2,000 ml')
    await act(async () => root.unmount())
  })
})
