import { describe, expect, it } from 'vitest'
import type { ActivityView } from '../../../contract/slices/activities'
import type { AppState } from '../../../contract/state'
import { activityAt } from '../../../core/activities/activity-fixtures'
import { activityGoalRaise, sweatContextOf, sweatLossEstimate } from '../../../core/activities/rehydration'
import { appStateFixture } from '../../../contract/testing/app-state'
import { installFakeDom } from '../testing/fake-dom'
import { renderedText } from '../testing/rendered-text'

// React DOM looks for a document when it loads, so the page goes in first.
const container = installFakeDom()
await import('../i18n/i18n')
const { GoalRaiseNote, WorkoutsDoneToday } = await import('./activities-today')

const nowMs = new Date(2026, 11, 1, 8, 10).getTime()
const run = activityAt('2026-12-01', '07:02', 65, { avgHeartRate: 152, maxHeartRate: 178 })
const estimate = sweatLossEstimate(run, sweatContextOf([run]))
const view: ActivityView = { ...run, estimate, goalRaiseMl: activityGoalRaise(run, estimate) }

/** Today's activity lines for a state. */
const render = (state: AppState): Promise<string> =>
  renderedText(
    container,
    <>
      <GoalRaiseNote />
      <WorkoutsDoneToday />
    </>,
    state
  )

describe("Today's activity lines", () => {
  it('say how much today’s run raised the goal, and that the planned run is done with its recorded times', async () => {
    const plan = {
      id: 'morning-run',
      kind: 'run' as const,
      time: '07:00',
      durationMinutes: 60,
      schedule: { type: 'weekly' as const, weekdays: ['tue' as const] }
    }
    const base = appStateFixture({ nowMs, settings: { workouts: [plan] } })
    const text = await render({
      ...base,
      activities: {
        ...base.activities,
        recent: [view],
        total: 1,
        todayRaiseMl: view.goalRaiseMl,
        doneToday: [{ workoutId: 'morning-run', date: '2026-12-01', activityId: run.id }]
      }
    })
    expect(text).toContain(
      `Goal raised by ${view.goalRaiseMl.toLocaleString('en-US')} ml for today's 65-minute run Why?`
    )
    expect(text).toMatch(/Planned run at 7:00 AM — done, recorded 7:02 AM–8:07 AM/)
  })

  it('say nothing when no activity raised the goal', async () => {
    expect(await render(appStateFixture({ nowMs }))).toBe('')
  })
})
