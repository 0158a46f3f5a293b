import type { AppState, RemindersView } from '../state'
import { builtInRoutines } from '../../core/routines/builtin-routines'
import { hydrationDay } from '../../core/journal/hydration'
import { emptyReminderState } from '../../core/reminders/reminder-schema'
import type { ReminderState } from '../../core/reminders/reminders'
import type { RoutineSession } from '../../core/routines/routine-session'
import { defaultSettings, type Settings } from '../../core/settings/settings'

/** What a test says about the state it wants; everything else is a new user's. */
export interface AppStateFixture {
  readonly nowMs: number
  readonly settings?: Partial<Settings>
  readonly drinksMl?: readonly number[]
  readonly session?: RoutineSession | null
  readonly reminders?: Partial<Omit<RemindersView, 'state'>> & { readonly state?: Partial<ReminderState> }
}

/**
 * An app state built from core alone, as the service would show it, so the tray's pure functions are
 * tested without starting a companion.
 */
export function appStateFixture(fixture: AppStateFixture): AppState {
  const settings = { ...defaultSettings(), ...fixture.settings }
  const water = (fixture.drinksMl ?? []).map((amountMl, index) => ({
    id: `drink-${index}`,
    loggedAtMs: fixture.nowMs,
    amountMl
  }))
  const { state, ...reminders } = fixture.reminders ?? {}
  return {
    mode: 'desktop',
    settings,
    today: hydrationDay({ water }, settings.dailyGoalMl, new Date(fixture.nowMs)),
    canUndo: water.length > 0,
    notices: [],
    pendingWarnings: [],
    urineToday: null,
    shell: { shortcutConflicts: [], startAtLoginSupported: true },
    routines: builtInRoutines,
    editedBuiltInIds: [],
    session: fixture.session ?? null,
    routinesToday: [],
    recentCramps: [],
    reminders: {
      upcoming: [],
      firedToday: [],
      waiting: null,
      paused: false,
      hotDay: false,
      ...reminders,
      state: { ...emptyReminderState(), ...state }
    },
    activities: { recent: [], total: 0, todayRaiseMl: 0, doneToday: [], importing: null }
  }
}
