import type { ReactNode } from 'react'
import type { AppState } from '../../../contract/state'
import { formatClockTime } from '../format/number-format'
import { useTranslation } from '../i18n/use-translation'
import { useRepaintEachSecond } from '../player/use-session-position'
import { countdownLine, reminderWhat } from './widget-wording'

/** The wall clock, read at every paint: the countdown is computed from the due time, never counted down. */
const wallClockMs = (): number => Date.now()

/** Milliseconds until `dueAtMs`, re-rendering as each whole second passes (and when the page is shown again). */
function useSecondsUntil(dueAtMs: number | undefined): number {
  const remainingMs = dueAtMs === undefined ? 0 : dueAtMs - wallClockMs()
  useRepaintEachSecond(dueAtMs !== undefined, remainingMs)
  return remainingMs
}

/**
 * The next reminder with a live countdown. Screen readers get a steady sentence with the clock time instead of
 * the ticking text, which would otherwise be a change every second.
 */
export function WidgetNextReminder({ state }: { readonly state: AppState }): ReactNode {
  const t = useTranslation()
  const next = state.reminders.paused ? undefined : state.reminders.upcoming[0]
  const remainingMs = useSecondsUntil(next?.dueAtMs)
  let content: ReactNode
  if (state.reminders.paused) content = t('widget.remindersPaused')
  else if (!next) content = t('widget.noMoreReminders')
  else {
    const what = reminderWhat(next, { unit: state.settings.volumeUnit, workouts: state.settings.workouts })
    content = (
      <>
        <span className="visually-hidden">{t('widget.next.at', { time: formatClockTime(next.dueAtMs), what })}</span>
        <span aria-hidden="true">{countdownLine(what, remainingMs)}</span>
      </>
    )
  }
  return (
    <section className="widget-next" aria-labelledby="widget-next-title">
      <h2 id="widget-next-title" className="visually-hidden">
        {t('widget.nextTitle')}
      </h2>
      <p>{content}</p>
    </section>
  )
}
