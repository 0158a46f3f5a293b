import type { AppState, RemindersView } from '../../../contract/state'
import { formatClockTime, userLocale } from '../format/number-format'
import { t } from '../i18n/i18n'
import '../i18n/reminder-strings'

/** Why reminders are held back, if they are: paused for a while, paused until turned on, or Do not disturb. */
export type PauseStatus =
  | { readonly kind: 'on' }
  | { readonly kind: 'until'; readonly untilMs: number }
  | { readonly kind: 'indefinitely' }
  | { readonly kind: 'doNotDisturb' }

/** The pause that holds reminders back at `nowMs` (a pause that has run out counts as none). */
export function pauseStatusOf(reminders: RemindersView, doNotDisturb: boolean, nowMs: number): PauseStatus {
  const { pausedIndefinitely, pausedUntilMs } = reminders.state
  if (pausedIndefinitely) return { kind: 'indefinitely' }
  if (pausedUntilMs !== null && pausedUntilMs > nowMs) return { kind: 'until', untilMs: pausedUntilMs }
  if (doNotDisturb) return { kind: 'doNotDisturb' }
  return { kind: 'on' }
}

const midnightAfter = (atMs: number): number => {
  const at = new Date(atMs)
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1).getTime()
}

/** How far off a pause's end is: later today, tomorrow's midnight, some time tomorrow, or a later day. */
type UntilWhen = 'today' | 'midnight' | 'tomorrow' | 'later'

/** When a pause ends, with its clock time and weekday as the user's locale writes them. */
function untilText(untilMs: number, nowMs: number): { when: UntilWhen; time: string; day: string } {
  const time = formatClockTime(untilMs)
  const day = new Intl.DateTimeFormat(userLocale, { weekday: 'long' }).format(untilMs)
  const tomorrowMs = midnightAfter(nowMs)
  const when: UntilWhen =
    untilMs < tomorrowMs
      ? 'today'
      : untilMs === tomorrowMs
        ? 'midnight'
        : untilMs < midnightAfter(tomorrowMs)
          ? 'tomorrow'
          : 'later'
  return { when, time, day }
}

/** "…until 2:30 PM", "…until tomorrow", "…until tomorrow at 12:30 AM", "…until Friday at 8:00 AM". */
function pausedUntil(untilMs: number, nowMs: number, keys: 'reminders' | 'reminders.empty'): string {
  const { when, time, day } = untilText(untilMs, nowMs)
  switch (when) {
    case 'today':
      return t(`${keys}.pausedUntil`, { time })
    case 'midnight':
      return t(`${keys}.pausedUntilTomorrow`)
    case 'tomorrow':
      return t(`${keys}.pausedUntilTomorrowAt`, { time })
    case 'later':
      return t(`${keys}.pausedUntilDay`, { day, time })
  }
}

/** The status line under "Pause reminders": "Reminders are paused until 2:30 PM", "Reminders are on". */
export function pauseStatusText(status: PauseStatus, nowMs: number): string {
  switch (status.kind) {
    case 'on':
      return t('reminders.active')
    case 'indefinitely':
      return t('reminders.pausedIndefinitely')
    case 'doNotDisturb':
      return t('reminders.doNotDisturbOn')
    case 'until':
      return pausedUntil(status.untilMs, nowMs, 'reminders')
  }
}

/** Why nothing is coming up today: paused, Do not disturb, every kind off, goal met, or simply nothing planned. */
export function noUpcomingReason(state: AppState, status: PauseStatus, nowMs: number): string {
  switch (status.kind) {
    case 'indefinitely':
      return t('reminders.empty.pausedIndefinitely')
    case 'doNotDisturb':
      return t('reminders.empty.doNotDisturb')
    case 'until':
      return pausedUntil(status.untilMs, nowMs, 'reminders.empty')
    case 'on':
      break
  }
  const { hydration, preWorkoutDrink, electrolytes, warmUp, coolDown } = state.settings.reminders
  const kinds = [hydration, preWorkoutDrink, electrolytes, warmUp, coolDown]
  if (!kinds.some((kind) => kind.enabled)) return t('reminders.empty.allOff')
  if (hydration.enabled && state.today.totalMl >= state.today.goalMl) return t('reminders.empty.goalMet')
  return t('reminders.empty.nothingPlanned')
}
