import { useState, type ReactNode } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar, Line } from '@visx/shape'
import type { WaterDay } from '../../../core/history/history'
import type { VolumeUnit } from '../../../core/settings/units'
import { displayAmount, formatDisplayNumber, formatVolume } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { ChartAxes, ChartFigure, chartMargin, plotSize, StripePattern, type LegendEntry } from './chart-frame'
import { chartTop, labelledIndexes, noWater, waterRanges, waterWindow, type WaterRange } from './history-data'
import { dayAxisLabels, formatCount, formatDay, formatWeekday, waterSummary } from './history-wording'
import '../i18n/history-strings'

/** Met, not met, or today still in progress (hatched, not counted as a miss). */
const barClass = (day: WaterDay): string =>
  day.met ? 'water-bar water-met' : day.inProgress ? 'water-bar water-today' : 'water-bar'

/** The hatching drawn over today's bar while it is in progress (the legend's swatch uses it too). */
function TodayHatch(): ReactNode {
  return (
    <svg width="0" height="0" className="chart-defs" aria-hidden="true" focusable="false">
      <defs>
        <StripePattern id="water-today-pattern" lineClass="water-today-line" />
      </defs>
    </svg>
  )
}

/** The bars: water per day, the day's goal as a dashed mark across its bar, a tick above the days that met it. */
function WaterBars({
  days,
  unit,
  width
}: {
  readonly days: readonly WaterDay[]
  readonly unit: VolumeUnit
  readonly width: number
}): ReactNode {
  const t = useTranslation()
  const plot = plotSize(width)
  const x = scaleBand<string>({ domain: days.map((day) => day.date), range: [0, plot.width], padding: 0.25 })
  const amounts = days.flatMap((day) => [displayAmount(day.totalMl, unit), displayAmount(day.goalMl, unit)])
  const y = scaleLinear<number>({ domain: [0, chartTop(amounts)], range: [plot.height, 0], nice: true })
  const band = x.bandwidth()
  const overhang = Math.min(4, band * 0.2)
  const labelled = labelledIndexes(days.length, Math.floor(plot.width / 46))
  const xTicks = days.filter((_, index) => labelled.has(index)).map((day) => day.date)
  const monthLabels = dayAxisLabels(xTicks)
  const formatX = days.length <= 7 ? formatWeekday : (key: string) => monthLabels.get(key) ?? key
  return (
    <Group left={chartMargin.left} top={chartMargin.top}>
      <text className="chart-unit" x={-chartMargin.left + 2} y={-12}>
        {t(`units.${unit}`)}
      </text>
      {days.map((day) => {
        const left = x(day.date) ?? 0
        const top = y(displayAmount(day.totalMl, unit))
        const goal = y(displayAmount(day.goalMl, unit))
        return (
          <g key={day.date}>
            <Bar x={left} y={top} width={band} height={Math.max(0, plot.height - top)} className={barClass(day)} />
            {day.inProgress && (
              <Bar
                x={left}
                y={top}
                width={band}
                height={Math.max(0, plot.height - top)}
                className="water-today-hatch"
              />
            )}
            <Line
              from={{ x: left - overhang, y: goal }}
              to={{ x: left + band + overhang, y: goal }}
              className="goal-mark"
            />
            {day.met && (
              <text className="met-mark" x={left + band / 2} y={Math.min(top, goal) - 5}>
                ✓
              </text>
            )}
          </g>
        )
      })}
      <ChartAxes
        x={x}
        y={y}
        plotHeight={plot.height}
        xTicks={xTicks}
        formatX={formatX}
        formatY={(value) => formatDisplayNumber(value, unit)}
      />
    </Group>
  )
}

/** The Water section: water per day against the goal, 7 or 30 days, as a chart and a table. */
export function WaterSection({
  water,
  unit
}: {
  readonly water: readonly WaterDay[]
  readonly unit: VolumeUnit
}): ReactNode {
  const t = useTranslation()
  const [range, setRange] = useState<WaterRange>(7)
  const days = waterWindow(water, range)
  const count = formatCount(days.length)
  const legend: readonly LegendEntry[] = [
    { key: 'met', label: t('history.water.legendMet'), shape: 'bar', className: 'water-bar water-met' },
    { key: 'not-met', label: t('history.water.legendNotMet'), shape: 'bar', className: 'water-bar' },
    ...(days.at(-1)?.inProgress
      ? [
          {
            key: 'today',
            label: t('history.water.legendToday'),
            shape: 'bar',
            className: 'water-bar water-today',
            overlayClassName: 'water-today-hatch'
          } as const
        ]
      : []),
    { key: 'goal', label: t('history.water.legendGoal'), shape: 'line', className: 'goal-mark' }
  ]
  return (
    <section className="history-section" aria-labelledby="history-water-title">
      <div className="section-head">
        <h2 id="history-water-title">{t('history.water.title')}</h2>
        <div role="group" aria-label={t('history.water.range')} className="segmented">
          {waterRanges.map((choice) => (
            <button key={choice} type="button" aria-pressed={choice === range} onClick={() => setRange(choice)}>
              {t('history.water.days', { days: formatCount(choice) })}
            </button>
          ))}
        </div>
      </div>
      <TodayHatch />
      {noWater(days) ? (
        <p className="muted empty-state">{t('history.water.empty', { days: count })}</p>
      ) : (
        <ChartFigure
          caption={t('history.water.caption', { days: count })}
          summary={waterSummary(days)}
          legend={legend}
          table={{
            head: (
              <tr>
                <th scope="col">{t('history.water.date')}</th>
                <th scope="col">{t('history.water.amount')}</th>
                <th scope="col">{t('history.water.goal')}</th>
                <th scope="col">{t('history.water.met')}</th>
              </tr>
            ),
            body: days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatDay(day.date)}</th>
                <td>{formatVolume(day.totalMl, unit)}</td>
                <td>
                  {day.hotDay
                    ? t('history.water.hotDayGoal', { goal: formatVolume(day.goalMl, unit) })
                    : formatVolume(day.goalMl, unit)}
                </td>
                <td>
                  {day.met
                    ? t('history.water.yes')
                    : day.inProgress
                      ? t('history.water.inProgress')
                      : t('history.water.no')}
                </td>
              </tr>
            ))
          }}
        >
          {(width) => <WaterBars days={days} unit={unit} width={width} />}
        </ChartFigure>
      )}
    </section>
  )
}
