import type { ReactNode } from 'react'
import type { HydrationDay } from '../../../core/hydration'
import type { VolumeUnit } from '../../../core/units'
import { formatPercent } from '../format/number-format'
import { displayAmount, formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'

const RING_RADIUS = 52
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS

/** The daily goal, what was drunk so far as a ring and as words, a note once the goal is met, then any children. */
export function HydrationProgress({
  day,
  unit,
  children
}: {
  readonly day: HydrationDay
  readonly unit: VolumeUnit
  /** Shown below the ring and the amounts (Today's reminder line and hot-day switch). */
  readonly children?: ReactNode
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
      <div
        className="progress-ring"
        role="progressbar"
        aria-label={t('today.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={displayAmount(day.goalMl, unit)}
        aria-valuenow={displayAmount(day.totalMl, unit)}
        aria-valuetext={amountOfGoal}
      >
        <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle className="progress-track" cx="60" cy="60" r={RING_RADIUS} />
          <circle
            className="progress-value"
            cx="60"
            cy="60"
            r={RING_RADIUS}
            strokeDasharray={RING_CIRCUMFERENCE}
            strokeDashoffset={RING_CIRCUMFERENCE * (1 - day.progress)}
            transform="rotate(-90 60 60)"
          />
        </svg>
        <span className="progress-percent" aria-hidden="true">
          {percent}
        </span>
      </div>
      <div className="progress-text">
        <p className="progress-amount">{amountOfGoal}</p>
        <p className="muted">{t('today.percentOfGoal', { percent })}</p>
        {goalMet && <p className="goal-met-message">{t('today.goalMet')}</p>}
      </div>
      {children}
    </section>
  )
}
