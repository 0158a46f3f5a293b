import type { ReactNode } from 'react'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import type { CrampWeek } from '../../../core/history/history'
import { useTranslation } from '../i18n/use-translation'
import { ChartFigure, chartMargin, plotSize, StripePattern, WeeklyAxes, type LegendEntry } from './chart-frame'
import { countTicks, crampTotals, severitySegments } from './history-data'
import { crampSummary, formatCount, formatWeek, severityName } from './history-wording'
import '../i18n/history-strings'

const severities = [1, 2, 3, 4, 5] as const

/** Severities told apart by more than colour: 2 striped, 3 cross-hatched, 4 dotted (1 and 5 plain, lightest and darkest). */
const patterned: ReadonlySet<number> = new Set([2, 3, 4])
/** A slice this tall (px) has room for its severity's number. */
const NUMBER_MIN_HEIGHT = 16

/** The patterns drawn over severities 2–4, shared by the bars and the legend's swatches. */
function SeverityPatterns(): ReactNode {
  return (
    <svg width="0" height="0" className="chart-defs" aria-hidden="true" focusable="false">
      <defs>
        <StripePattern id="severity-pattern-2" lineClass="severity-ink" />
        <pattern
          id="severity-pattern-3"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <path d="M0 3h6M3 0v6" className="severity-ink" />
        </pattern>
        <pattern id="severity-pattern-4" width="5" height="5" patternUnits="userSpaceOnUse">
          <circle cx="2.5" cy="2.5" r="1.1" className="severity-ink severity-ink-light" />
        </pattern>
      </defs>
    </svg>
  )
}

const severityClass = (severity: number): string => `severity-bar severity-${severity}`

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
            {severitySegments(week).map((segment) => {
              const [top, height] = [y(segment.to), Math.max(0, y(segment.from) - y(segment.to))]
              return (
                <g key={segment.severity}>
                  <Bar x={left} y={top} width={band} height={height} className={severityClass(segment.severity)} />
                  {patterned.has(segment.severity) && (
                    <Bar
                      x={left}
                      y={top}
                      width={band}
                      height={height}
                      className={`severity-pattern-${segment.severity}`}
                    />
                  )}
                  {height >= NUMBER_MIN_HEIGHT && band >= 14 && (
                    <text
                      className={`severity-number severity-number-${segment.severity}`}
                      x={left + band / 2}
                      y={top + height / 2}
                    >
                      {formatCount(segment.severity)}
                    </text>
                  )}
                </g>
              )
            })}
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
    className: severityClass(severity),
    ...(patterned.has(severity) ? { overlayClassName: `severity-pattern-${severity}` } : {}),
    mark: formatCount(severity)
  }))
  return (
    <section className="history-section" aria-labelledby="history-cramps-title">
      <h2 id="history-cramps-title">{t('history.cramps.title')}</h2>
      <SeverityPatterns />
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
