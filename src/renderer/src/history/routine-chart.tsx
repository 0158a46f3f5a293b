import type { ReactNode } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import type { RoutineWeek } from '../../../core/history/history'
import { useTranslation } from '../i18n/use-translation'
import { ChartFigure, chartMargin, plotSize, WeeklyAxes, type LegendEntry } from './chart-frame'
import { countTicks, noRoutines, routineSeries, type RoutineSeries } from './history-data'
import { formatCount, formatWeek, routineSummary } from './history-wording'
import '../i18n/history-strings'

/** Each series' name key and the class its bars and swatch share (planned workouts are outlined, not filled). */
const seriesStyle = {
  warmUps: { labelKey: 'history.routines.warmUps', className: 'routine-bar routine-warm-up' },
  coolDowns: { labelKey: 'history.routines.coolDowns', className: 'routine-bar routine-cool-down' },
  workoutsPlanned: { labelKey: 'history.routines.planned', className: 'routine-bar routine-planned' }
} as const satisfies Record<RoutineSeries, { labelKey: string; className: string }>

/** Grouped bars: per week, warm-ups, cool-downs and workouts planned side by side. */
function RoutineBars({ weeks, width }: { readonly weeks: readonly RoutineWeek[]; readonly width: number }): ReactNode {
  const plot = plotSize(width)
  const x = scaleBand<string>({ domain: weeks.map((week) => week.weekStart), range: [0, plot.width], padding: 0.25 })
  const inner = scaleBand<RoutineSeries>({ domain: [...routineSeries], range: [0, x.bandwidth()], padding: 0.1 })
  const ticks = countTicks(Math.max(...weeks.flatMap((week) => routineSeries.map((key) => week[key]))))
  const y = scaleLinear<number>({ domain: [0, ticks.at(-1) ?? 1], range: [plot.height, 0] })
  return (
    <Group left={chartMargin.left} top={chartMargin.top}>
      {weeks.map((week) => (
        <Group key={week.weekStart} left={x(week.weekStart) ?? 0}>
          {routineSeries.map((key) => {
            const top = y(week[key])
            return (
              <Bar
                key={key}
                x={inner(key) ?? 0}
                y={top}
                width={inner.bandwidth()}
                height={Math.max(0, plot.height - top)}
                className={seriesStyle[key].className}
              />
            )
          })}
        </Group>
      ))}
      <WeeklyAxes x={x} y={y} plotWidth={plot.width} plotHeight={plot.height} weeks={weeks} yTicks={ticks} />
    </Group>
  )
}

/** The Routines section: warm-ups and cool-downs done against workouts planned, eight weeks, chart and table. */
export function RoutineSection({ weeks }: { readonly weeks: readonly RoutineWeek[] }): ReactNode {
  const t = useTranslation()
  const count = formatCount(weeks.length)
  const legend: readonly LegendEntry[] = routineSeries.map((key) => ({
    key,
    label: t(seriesStyle[key].labelKey),
    shape: 'bar',
    className: seriesStyle[key].className
  }))
  return (
    <section className="history-section" aria-labelledby="history-routines-title">
      <h2 id="history-routines-title">{t('history.routines.title')}</h2>
      {noRoutines(weeks) ? (
        <p className="muted empty-state">{t('history.routines.empty', { weeks: count })}</p>
      ) : (
        <ChartFigure
          caption={t('history.routines.caption', { weeks: count })}
          summary={routineSummary(weeks)}
          legend={legend}
          table={{
            head: (
              <tr>
                <th scope="col">{t('history.routines.week')}</th>
                {routineSeries.map((key) => (
                  <th key={key} scope="col">
                    {t(seriesStyle[key].labelKey)}
                  </th>
                ))}
              </tr>
            ),
            body: weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatWeek(week.weekStart)}</th>
                {routineSeries.map((key) => (
                  <td key={key}>{formatCount(week[key])}</td>
                ))}
              </tr>
            ))
          }}
        >
          {(width) => <RoutineBars weeks={weeks} width={width} />}
        </ChartFigure>
      )}
    </section>
  )
}
