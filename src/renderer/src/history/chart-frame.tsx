import { useCallback, useState, type ReactNode } from 'react'
import { AxisBottom, AxisLeft } from '@visx/axis'
import type { PickD3Scale } from '@visx/scale'
import { useTranslation } from '../i18n/use-translation'
import { chartWidth, labelledIndexes } from './history-data'
import { formatCount, formatWeekShort } from './history-wording'
import '../i18n/history-strings'

/** Space around a chart's plot for its axes and the marks above its bars. */
export const chartMargin = { top: 26, right: 10, bottom: 30, left: 50 } as const
/** Every chart's height in pixels (its width follows the page). */
export const chartHeight = 240

/** The plot's size inside the margins for a chart this wide. */
export function plotSize(width: number): { readonly width: number; readonly height: number } {
  return {
    width: width - chartMargin.left - chartMargin.right,
    height: chartHeight - chartMargin.top - chartMargin.bottom
  }
}

/** The width a figure has on the page, followed as the window resizes. */
function useFigureWidth(): [(node: HTMLElement | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(640)
  const ref = useCallback((node: HTMLElement | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(chartWidth(entry.contentRect.width))
    })
    observer.observe(node)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}

/** One legend entry: a swatch drawn with the same class as the chart's marks, and its name. */
export interface LegendEntry {
  readonly key: string
  readonly label: string
  /** The swatch: a bar, a (goal) line or a dot (a mark beside the bars). */
  readonly shape: 'bar' | 'line' | 'dot'
  readonly className: string
  /** A second mark over the bar (a pattern), as the chart draws it. */
  readonly overlayClassName?: string
  /** A number on the swatch, as the chart writes it inside its bars. */
  readonly mark?: string
}

function Swatch({ entry }: { readonly entry: LegendEntry }): ReactNode {
  return (
    <svg className="legend-swatch" viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" focusable="false">
      {entry.shape === 'line' ? (
        <line x1="0" y1="9" x2="18" y2="9" className={entry.className} />
      ) : entry.shape === 'dot' ? (
        <>
          <circle cx="9" cy="9" r="8" className={entry.className} />
          {entry.overlayClassName && <circle cx="9" cy="9" r="8" className={entry.overlayClassName} />}
          {entry.mark && (
            <text x="9" y="9" className="legend-mark">
              {entry.mark}
            </text>
          )}
        </>
      ) : (
        <>
          <rect x="2" y="2" width="14" height="14" className={entry.className} />
          {entry.overlayClassName && <rect x="2" y="2" width="14" height="14" className={entry.overlayClassName} />}
          {entry.mark && (
            <text x="9" y="9" className="legend-mark">
              {entry.mark}
            </text>
          )}
        </>
      )}
    </svg>
  )
}

/**
 * A chart as a figure: its caption, the SVG (one image with a summary for screen readers), a legend,
 * and the same numbers as a real table behind "Show as table".
 */
export function ChartFigure({
  caption,
  summary,
  legend,
  table,
  children
}: {
  readonly caption: string
  readonly summary: string
  readonly legend: readonly LegendEntry[]
  /** The table's header row and body rows; the caption is the figure's. */
  readonly table: { readonly head: ReactNode; readonly body: ReactNode }
  /** Draws the chart at the given width (the viewBox follows the page, so text keeps its size). */
  readonly children: (width: number) => ReactNode
}): ReactNode {
  const t = useTranslation()
  const [ref, width] = useFigureWidth()
  return (
    <figure className="chart-figure" ref={ref}>
      <figcaption>{caption}</figcaption>
      <svg
        className="chart"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${chartHeight}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
      >
        {/* The summary above speaks for the whole chart; its labels stay out of the accessibility tree. */}
        <g aria-hidden="true">{children(width)}</g>
      </svg>
      <ul className="chart-legend">
        {legend.map((entry) => (
          <li key={entry.key}>
            <Swatch entry={entry} />
            {entry.label}
          </li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>{t('history.showTable')}</summary>
        {/* A table wider than the page scrolls: a focusable region, so it scrolls from the keyboard too. */}
        <div className="table-scroll" role="group" aria-label={caption} tabIndex={0}>
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>{table.head}</thead>
            <tbody>{table.body}</tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}

const tickLabel = { fill: 'currentColor', fontFamily: 'inherit', fontSize: 12 } as const

/** A chart's two axes: categories (days or weeks) along the bottom, values up the left. */
export function ChartAxes<X extends string>({
  x,
  y,
  plotHeight,
  xTicks,
  formatX,
  yTicks,
  formatY
}: {
  readonly x: PickD3Scale<'band', number, X>
  readonly y: PickD3Scale<'linear', number>
  readonly plotHeight: number
  readonly xTicks: readonly X[]
  readonly formatX: (value: X) => string
  readonly yTicks?: readonly number[]
  readonly formatY: (value: number) => string
}): ReactNode {
  return (
    <>
      <AxisLeft
        scale={y}
        numTicks={4}
        tickValues={yTicks ? [...yTicks] : undefined}
        tickFormat={(value) => formatY(Number(value))}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLength={4}
        tickLabelProps={tickLabel}
        axisClassName="chart-axis"
      />
      <AxisBottom
        top={plotHeight}
        scale={x}
        tickValues={[...xTicks]}
        tickFormat={(value) => formatX(value)}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLength={4}
        tickLabelProps={tickLabel}
        axisClassName="chart-axis"
      />
    </>
  )
}

/** The axes of a chart by week (cramps, routines): week starts along the bottom, as many as fit, and counts up the left. */
export function WeeklyAxes({
  x,
  y,
  plotWidth,
  plotHeight,
  weeks,
  yTicks
}: {
  readonly x: PickD3Scale<'band', number, string>
  readonly y: PickD3Scale<'linear', number>
  readonly plotWidth: number
  readonly plotHeight: number
  readonly weeks: readonly { readonly weekStart: string }[]
  readonly yTicks: readonly number[]
}): ReactNode {
  const labelled = labelledIndexes(weeks.length, Math.floor(plotWidth / 56))
  return (
    <ChartAxes
      x={x}
      y={y}
      plotHeight={plotHeight}
      xTicks={weeks.filter((_, index) => labelled.has(index)).map((week) => week.weekStart)}
      formatX={formatWeekShort}
      yTicks={yTicks}
      formatY={formatCount}
    />
  )
}

/** Diagonal stripes for an SVG `<defs>`: a fill that says "different" without relying on colour. */
export function StripePattern({ id, lineClass }: { readonly id: string; readonly lineClass: string }): ReactNode {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2="6" className={lineClass} />
    </pattern>
  )
}
