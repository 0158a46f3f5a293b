import { useState, type ReactNode } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import type { TrainingWeek } from '../../../core/activities/training-load'
import type { VolumeUnit } from '../../../core/settings/units'
import { useTranslation } from '../i18n/use-translation'
import { ChartAxes, ChartFigure, chartMargin, plotSize, StripePattern, type LegendEntry } from './chart-frame'
import { labelledIndexes } from './history-data'
import { formatCount, formatWeek, formatWeekShort } from './history-wording'
import { formatLoad, loadMeasures, loadSummary, noTraining, weekValue, type LoadMeasure } from './training-load-data'
import '../i18n/history-strings'

/** The cramp dot's radius: room for a one- or two-digit count. */
const DOT_RADIUS = 8

/** The stripes inside the cramp dots, shared with the legend's swatch. */
function CrampDotPattern(): ReactNode {
  return (
    <svg width="0" height="0" className="chart-defs" aria-hidden="true" focusable="false">
      <defs>
        <StripePattern id="load-cramp-pattern" lineClass="load-cramp-ink" />
      </defs>
    </svg>
  )
}

/** Bars of training per week; a striped dot above a week's bar carries the number of that week's cramps. */
function LoadBars({
  weeks,
  measure,
  unit,
  width
}: {
  readonly weeks: readonly TrainingWeek[]
  readonly measure: LoadMeasure
  readonly unit: VolumeUnit
  readonly width: number
}): ReactNode {
  const plot = plotSize(width)
  const x = scaleBand<string>({ domain: weeks.map((week) => week.weekStart), range: [0, plot.width], padding: 0.3 })
  const values = weeks.map((week) => weekValue(week, measure, unit))
  // Room above the tallest bar for its cramp dot.
  const y = scaleLinear<number>({ domain: [0, Math.max(1, ...values)], range: [plot.height, 0], nice: 4 })
  const band = x.bandwidth()
  const labelled = labelledIndexes(weeks.length, Math.floor(plot.width / 56))
  return (
    <Group left={chartMargin.left} top={chartMargin.top}>
      {weeks.map((week, index) => {
        const left = x(week.weekStart) ?? 0
        const top = y(values[index] ?? 0)
        const dotY = Math.max(DOT_RADIUS - chartMargin.top + 2, top - DOT_RADIUS - 4)
        return (
          <g key={week.weekStart}>
            <Bar x={left} y={top} width={band} height={Math.max(0, plot.height - top)} className="load-bar" />
            {week.cramps > 0 && (
              <g className="load-cramps">
                <circle cx={left + band / 2} cy={dotY} r={DOT_RADIUS} className="load-cramp-dot" />
                <circle cx={left + band / 2} cy={dotY} r={DOT_RADIUS} className="load-cramp-hatch" />
                <text className="load-cramp-count" x={left + band / 2} y={dotY}>
                  {formatCount(week.cramps)}
                </text>
              </g>
            )}
          </g>
        )
      })}
      <ChartAxes
        x={x}
        y={y}
        plotHeight={plot.height}
        xTicks={weeks.filter((_, index) => labelled.has(index)).map((week) => week.weekStart)}
        formatX={formatWeekShort}
        yTicks={y.ticks(4)}
        formatY={(value) => formatLoad(value, measure, unit)}
      />
    </Group>
  )
}

/** Training and cramps per week: twelve weeks of minutes (or distance) with each week's cramps, as a chart and a table. */
export function TrainingLoadSection({
  weeks,
  unit
}: {
  readonly weeks: readonly TrainingWeek[]
  readonly unit: VolumeUnit
}): ReactNode {
  const t = useTranslation()
  const [measure, setMeasure] = useState<LoadMeasure>('minutes')
  const count = formatCount(weeks.length)
  const legend: readonly LegendEntry[] = [
    {
      key: 'load',
      label: t(measure === 'minutes' ? 'history.load.legendMinutes' : 'history.load.legendDistance'),
      shape: 'bar',
      className: 'load-bar'
    },
    {
      key: 'cramps',
      label: t('history.load.legendCramps'),
      shape: 'dot',
      className: 'load-cramp-dot',
      overlayClassName: 'load-cramp-hatch',
      mark: formatCount(1)
    }
  ]
  const training = !noTraining(weeks)
  return (
    <section className="history-section" aria-labelledby="history-load-title">
      <div className="section-head">
        <h2 id="history-load-title">{t('history.load.title')}</h2>
        {training && (
          <div role="group" aria-label={t('history.load.measure')} className="segmented">
            {loadMeasures.map((choice) => (
              <button key={choice} type="button" aria-pressed={choice === measure} onClick={() => setMeasure(choice)}>
                {t(`history.load.${choice}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      <CrampDotPattern />
      {!training ? (
        <p className="muted empty-state">{t('history.load.empty', { weeks: count })}</p>
      ) : (
        <ChartFigure
          caption={t(measure === 'minutes' ? 'history.load.caption' : 'history.load.captionDistance', {
            weeks: count
          })}
          summary={loadSummary(weeks, measure, unit)}
          legend={legend}
          table={{
            head: (
              <tr>
                <th scope="col">{t('history.load.week')}</th>
                <th scope="col">{t('history.load.activities')}</th>
                <th scope="col">{t('history.load.minutes')}</th>
                <th scope="col">{t('history.load.distance')}</th>
                <th scope="col">{t('history.load.cramps')}</th>
              </tr>
            ),
            body: weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatWeek(week.weekStart)}</th>
                <td>{formatCount(week.activities)}</td>
                <td>{formatLoad(week.minutes, 'minutes', unit)}</td>
                <td>{formatLoad(weekValue(week, 'distance', unit), 'distance', unit)}</td>
                <td>{formatCount(week.cramps)}</td>
              </tr>
            ))
          }}
        >
          {(width) => <LoadBars weeks={weeks} measure={measure} unit={unit} width={width} />}
        </ChartFigure>
      )}
    </section>
  )
}
