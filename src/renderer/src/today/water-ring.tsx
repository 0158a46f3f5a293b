import type { ReactNode } from 'react'
import type { HydrationDay } from '../../../core/journal/hydration'
import type { VolumeUnit } from '../../../core/settings/units'
import { displayAmount } from '../format/volume'
import './water-ring.css'

const RING_RADIUS = 52
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS

/**
 * Today's water as a ring (Today and the widget): one progress bar for screen readers, read as `valueText`
 * ("750 of 2,000 ml"), with the drawing hidden from them; children go inside (Today's percentage).
 */
export function WaterRing({
  day,
  unit,
  label,
  valueText,
  className,
  children
}: {
  readonly day: HydrationDay
  readonly unit: VolumeUnit
  readonly label: string
  readonly valueText: string
  readonly className: string
  readonly children?: ReactNode
}): ReactNode {
  return (
    <div
      className={className}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={displayAmount(day.goalMl, unit)}
      aria-valuenow={displayAmount(day.totalMl, unit)}
      aria-valuetext={valueText}
    >
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle className="water-ring-track" cx="60" cy="60" r={RING_RADIUS} />
        <circle
          className="water-ring-value"
          cx="60"
          cy="60"
          r={RING_RADIUS}
          strokeDasharray={RING_CIRCUMFERENCE}
          strokeDashoffset={RING_CIRCUMFERENCE * (1 - Math.min(1, day.progress))}
          transform="rotate(-90 60 60)"
        />
      </svg>
      {children}
    </div>
  )
}
