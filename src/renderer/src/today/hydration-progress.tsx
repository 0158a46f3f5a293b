import type { ReactNode } from 'react'
import type { HydrationDay } from '../../../core/journal/hydration'
import type { VolumeUnit } from '../../../core/settings/units'
import { formatPercent } from '../format/number-format'
import { formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { WaterRing } from './water-ring'

/** The daily goal and what was drunk so far, as a ring and as words, with a note once the goal is met; `note` goes under the goal. */
export function HydrationProgress({
  day,
  unit,
  note
}: {
  readonly day: HydrationDay
  readonly unit: VolumeUnit
  readonly note?: ReactNode
}): ReactNode {
  const t = useTranslation()
  const amountOfGoal = t('today.amountOfGoal', {
    total: formatVolume(day.totalMl, unit),
    goal: formatVolume(day.goalMl, unit)
  })
  const percent = formatPercent(Math.floor(day.progress * 100) / 100)
  const goalMet = day.totalMl >= day.goalMl
  return (
    <section className={goalMet ? 'progress goal-met' : 'progress'} aria-labelledby="progress-title">
      <h2 id="progress-title" className="visually-hidden">
        {t('today.progressLabel')}
      </h2>
      <WaterRing
        day={day}
        unit={unit}
        label={t('today.progressLabel')}
        valueText={amountOfGoal}
        className="progress-ring"
      >
        <span className="progress-percent" aria-hidden="true">
          {percent}
        </span>
      </WaterRing>
      <div className="progress-text">
        <p className="progress-amount">{amountOfGoal}</p>
        <p className="muted">{t('today.percentOfGoal', { percent })}</p>
        {note}
        {goalMet && <p className="goal-met-message">{t('today.goalMet')}</p>}
      </div>
    </section>
  )
}
