import type { ReactNode } from 'react'
import type { HistoryView } from '../../../core/history/history'
import { useTranslation } from '../i18n/use-translation'
import { goalMetStreak, warmUpStreak } from './history-wording'
import '../i18n/history-strings'

/** The Streaks section: days in a row with the water goal met, and workouts in a row warmed up for. */
export function StreaksSection({ streaks }: { readonly streaks: HistoryView['streaks'] }): ReactNode {
  const t = useTranslation()
  return (
    <section className="history-section" aria-labelledby="history-streaks-title">
      <h2 id="history-streaks-title">{t('history.streaks.title')}</h2>
      <ul className="streak-list">
        <li>{goalMetStreak(streaks.goalMet)}</li>
        <li>{warmUpStreak(streaks.warmUpBeforeWorkouts)}</li>
      </ul>
    </section>
  )
}
