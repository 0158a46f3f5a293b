import type { ReactNode } from 'react'
import type { HydrationDay } from '../../../core/hydration'
import type { VolumeUnit } from '../../../core/units'
import { displayAmount } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { amountOfGoal } from './widget-wording'

const RING_RADIUS = 52
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS

/** Today's water as a small ring with "750 of 2,000 ml" beside it; the ring is one progress bar for screen readers. */
export function WidgetRing({ day, unit }: { readonly day: HydrationDay; readonly unit: VolumeUnit }): ReactNode {
  const t = useTranslation()
  const text = amountOfGoal(day, unit)
  const goalMet = day.totalMl >= day.goalMl
  return (
    <div className={goalMet ? 'widget-water goal-met' : 'widget-water'}>
      <div
        className="widget-ring"
        role="progressbar"
        aria-label={t('widget.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={displayAmount(day.goalMl, unit)}
        aria-valuenow={displayAmount(day.totalMl, unit)}
        aria-valuetext={text}
      >
        <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle className="widget-ring-track" cx="60" cy="60" r={RING_RADIUS} />
          <circle
            className="widget-ring-value"
            cx="60"
            cy="60"
            r={RING_RADIUS}
            strokeDasharray={RING_CIRCUMFERENCE}
            strokeDashoffset={RING_CIRCUMFERENCE * (1 - Math.min(1, day.progress))}
            transform="rotate(-90 60 60)"
          />
        </svg>
      </div>
      {/* The progress bar already says this; shown for the eye only, so it is not read twice. */}
      <p className="widget-amount" aria-hidden="true">
        {text}
      </p>
    </div>
  )
}
