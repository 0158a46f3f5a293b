import type { ReactNode } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import type { CrampWeek } from '../../../core/history'
import { useTranslation } from '../i18n/use-translation'
import { ChartFigure, chartMargin, plotSize, WeeklyAxes, type LegendEntry } from './chart-frame'
import { countTicks, crampTotals, severitySegments } from './history-data'
import { crampSummary, formatCount, formatWeek, severityName } from './history-wording'
import '../i18n/history-strings'

const severities = [1, 2, 3, 4, 5] as const

/** Stacked bars: each week's cramps by severity, mildest at the bottom, with the week's total on top. */
function CrampBars({ weeks, width }: { readonly weeks: readonly CrampWeek[]; readonly width: number }): ReactNode {
  const plot = plotSize(width)
  const x = scaleBand<string>({ domain: weeks.map((week) => week.weekStart), range: [0, plot.width], padding: 0.3 })
  const ticks = countTicks(Math.max(...weeks.map((week) => week.count)))
  const y = scaleLinear<number>({ domain: [0, ticks.at(-1) ?? 1], range: [plot.height, 0] })
  const band = x.bandwidth()
  return (
    <Group left={chartMargin.left} top={chartMargin.top}>
      {weeks.map((week) => {
        const left = x(week.weekStart) ?? 0
        return (
          <g key={week.weekStart}>
            {severitySegments(week).map((segment) => (
              <Bar
                key={segment.severity}
                x={left}
                y={y(segment.to)}
                width={band}
                height={Math.max(0, y(segment.from) - y(segment.to))}
                className={`severity-bar severity-${segment.severity}`}
              />
            ))}
            {week.count > 0 && (
              <text className="bar-total" x={left + band / 2} y={y(week.count) - 5}>
                {formatCount(week.count)}
              </text>
            )}
          </g>
        )
      })}
      <WeeklyAxes x={x} y={y} plotWidth={plot.width} plotHeight={plot.height} weeks={weeks} yTicks={ticks} />
    </Group>
  )
}

/** The Cramps section: cramps per week for twelve weeks, stacked by severity, as a chart and a table. */
export function CrampSection({ weeks }: { readonly weeks: readonly CrampWeek[] }): ReactNode {
  const t = useTranslation()
  const count = formatCount(weeks.length)
  const legend: readonly LegendEntry[] = severities.map((severity) => ({
    key: String(severity),
    label: severityName(severity),
    shape: 'bar',
    className: `severity-bar severity-${severity}`
  }))
  return (
    <section className="history-section" aria-labelledby="history-cramps-title">
      <h2 id="history-cramps-title">{t('history.cramps.title')}</h2>
      {crampTotals(weeks).total === 0 ? (
        <p className="muted empty-state">{t('history.cramps.empty', { weeks: count })}</p>
      ) : (
        <ChartFigure
          caption={t('history.cramps.caption', { weeks: count })}
          summary={crampSummary(weeks)}
          legend={legend}
          table={{
            head: (
              <tr>
                <th scope="col">{t('history.cramps.week')}</th>
                <th scope="col">{t('history.cramps.total')}</th>
                {severities.map((severity) => (
                  <th key={severity} scope="col">
                    {severityName(severity)}
                  </th>
                ))}
              </tr>
            ),
            body: weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatWeek(week.weekStart)}</th>
                <td>{formatCount(week.count)}</td>
                {week.bySeverity.map((cramps, index) => (
                  <td key={index}>{formatCount(cramps)}</td>
                ))}
              </tr>
            ))
          }}
        >
          {(width) => <CrampBars weeks={weeks} width={width} />}
        </ChartFigure>
      )}
    </section>
  )
}
