import type { ReactNode } from 'react'
import type { HydrationDay } from '../../../core/journal/hydration'
import type { VolumeUnit } from '../../../core/settings/units'
import { formatPercent } from '../format/number-format'
import { WaterRing } from '../today/water-ring'
import { useTranslation } from '../i18n/use-translation'
import { amountOfGoal } from './widget-wording'

/** Today's water as a small ring with its percentage inside and "750 of 2,000 ml" beside it; the ring is one progress bar for screen readers. */
export function WidgetRing({ day, unit }: { readonly day: HydrationDay; readonly unit: VolumeUnit }): ReactNode {
  const t = useTranslation()
  const text = amountOfGoal(day, unit)
  const goalMet = day.totalMl >= day.goalMl
  return (
    <div className={goalMet ? 'widget-water goal-met' : 'widget-water'}>
      <WaterRing day={day} unit={unit} label={t('widget.progressLabel')} valueText={text} className="widget-ring">
        {/* The ring's number, as on Today; the progress bar's text already says it for screen readers. */}
        <span className="widget-percent" aria-hidden="true">
          {formatPercent(Math.floor(day.progress * 100) / 100)}
        </span>
      </WaterRing>
      {/* The progress bar already says this; shown for the eye only, so it is not read twice. */}
      <p className="widget-amount" aria-hidden="true">
        {text}
      </p>
    </div>
  )
}
