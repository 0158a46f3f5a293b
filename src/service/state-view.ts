import type { AppState, Notice, ShellStatus } from '../contract/state'
import { hydrationDay } from '../core/journal/hydration'
import type { Journal } from '../core/journal/journal'
import { startOfLocalDay } from '../core/time/local-date'
import { activityGoalRaiseMl, effectiveGoalMl, isPausedAt } from '../core/reminders/planner'
import type { PlannedReminder, ReminderState } from '../core/reminders/reminders'
import type { RoutineLibrary } from '../core/routines/routine-library'
import type { RoutineSession } from '../core/routines/routine-session'
import type { Settings } from '../core/settings/settings'
import { localizeRoutine, localizeRoutineName } from '../core/text/routine-text'
import { activitiesView } from './activities-view'
import { pendingWarnings } from './journal-handlers'
import { waitingReminder } from './reminder-handlers'
import { libraryRoutines } from './routine-handlers'

const DAY_MS = 24 * 60 * 60_000
/** How far back Today and the tray look for cramps. */
const RECENT_CRAMP_DAYS = 30

/** What the state is worked out from: the companion's documents and what it holds in memory. */
export interface StateSources {
  readonly mode: AppState['mode']
  readonly nowMs: number
  readonly settings: Settings
  readonly journal: Journal
  readonly library: RoutineLibrary
  readonly reminderState: ReminderState
  readonly notices: readonly Notice[]
  readonly shell: ShellStatus
  readonly session: RoutineSession | null
  /** The coming reminders (asked only when reminders are not paused). */
  readonly upcoming: () => readonly PlannedReminder[]
  /** The language built-in routines are worded in (the Settings choice, else the system's). */
  readonly locale: string | undefined
  /** An activity import in progress. */
  readonly importing: AppState['activities']['importing']
}

/** The whole state the window renders, slice by slice. */
export function appStateOf(sources: StateSources): AppState {
  const { settings, journal, reminderState, nowMs, session, locale } = sources
  const now = new Date(nowMs)
  const today = hydrationDay(journal, effectiveGoalMl(settings, reminderState, now, journal.activities), now)
  const dayStartMs = startOfLocalDay(now).getTime()
  const firedToday = journal.reminders.filter((fired) => fired.firedAtMs >= dayStartMs)
  const paused = isPausedAt(settings, reminderState, nowMs)
  return {
    mode: sources.mode,
    settings,
    today,
    canUndo: today.entries.length > 0,
    notices: sources.notices,
    // Built-in routine words in the person's language; ids and what is stored stay as they are.
    routines: libraryRoutines(sources.library).map((routine) => localizeRoutine(routine, locale)),
    editedBuiltInIds: sources.library.builtInEdits.map((routine) => routine.id),
    session: session && { ...session, routine: localizeRoutine(session.routine, locale) },
    routinesToday: journal.routines
      .filter((entry) => entry.endedAtMs >= dayStartMs)
      .map((entry) => ({ ...entry, routineName: localizeRoutineName(entry.routineId, entry.routineName, locale) })),
    reminders: {
      upcoming: paused ? [] : sources.upcoming(),
      firedToday,
      waiting: waitingReminder(firedToday, dayStartMs),
      state: reminderState,
      paused,
      hotDay: reminderState.hotDays.includes(today.date)
    },
    recentCramps: journal.cramps
      .filter((cramp) => cramp.startedAtMs >= nowMs - RECENT_CRAMP_DAYS * DAY_MS)
      .toReversed(),
    pendingWarnings: pendingWarnings(journal),
    urineToday: journal.checkIns.find((checkIn) => checkIn.date === today.date)?.level ?? null,
    shell: sources.shell,
    activities: activitiesView(
      journal.activities,
      settings.workouts,
      nowMs,
      sources.importing,
      activityGoalRaiseMl(today.date, journal.activities)
    )
  }
}
