import type { ReactNode } from 'react'
import { Joint } from './figure'
import { FLOOR_Y, type Point } from './skeleton'

// The things the figure uses, drawn thinner and quieter than the figure so the body position stays the subject.

/** The floor under the figure. */
export const Floor = ({ from = 6, to = 94 }: { readonly from?: number; readonly to?: number }): ReactNode => (
  <line className="sp-floor" x1={from} y1={FLOOR_Y + 0.5} x2={to} y2={FLOOR_Y + 0.5} />
)

/** A post to hold for balance, standing on the floor with its top at `top`. */
export const Post = ({ x, top }: { readonly x: number; readonly top: number }): ReactNode => (
  <rect className="sp-prop" x={x - 2.5} y={top} width={5} height={FLOOR_Y - top + 1} rx={2} />
)

/** A low step or kerb on the floor. */
export const Step = ({ from, to, top }: { readonly from: number; readonly to: number; readonly top: number }) => (
  <rect className="sp-prop" x={from} y={top} width={to - from} height={FLOOR_Y - top + 1} rx={1.5} />
)

/** A stool or chair seat with its top at `top`. */
export const Stool = ({ from, to, top }: { readonly from: number; readonly to: number; readonly top: number }) => (
  <g className="sp-prop-line">
    <line x1={from} y1={top + 1.5} x2={to} y2={top + 1.5} className="sp-prop-seat" />
    <line x1={from + 3} y1={top + 3} x2={from + 1} y2={FLOOR_Y} />
    <line x1={to - 3} y1={top + 3} x2={to - 1} y2={FLOOR_Y} />
  </g>
)

/** A foam roller lying on the floor; it rolls between `from` and `to` (x) when the picture moves. */
export function Roller({ from, to, radius }: { readonly from: number; readonly to: number; readonly radius: number }) {
  const y = FLOOR_Y - radius
  const turn = (((to - from) / radius) * 180) / Math.PI
  return (
    <Joint at={{ from: [from, y], to: [to, y] }} angle={[0, turn, 0]}>
      <circle className="sp-prop" r={radius} />
      <circle className="sp-prop-line" r={radius * 0.45} />
      <line className="sp-prop-line" x1={0} y1={radius * 0.45} x2={0} y2={radius} />
    </Joint>
  )
}

/** A warm towel or pad wrapped round the thigh (drawn on the thigh, from `start` along it). */
export const WarmWrap = ({ start }: { readonly start: number }): ReactNode => (
  <rect className="sp-warm" x={-4.5} y={start} width={9} height={9} rx={2.5} />
)

/** A cold pack held against the back of the thigh (drawn on the thigh, from `start` along it). */
export const ColdPack = ({ start }: { readonly start: number }): ReactNode => (
  <rect className="sp-cold" x={-8.5} y={start} width={7} height={11} rx={2} />
)

/** Three wavy lines rising from `x`, `y`: warmth. */
export const HeatLines = ({ x, y }: { readonly x: number; readonly y: number }): ReactNode => (
  <g className="sp-heat">
    {[-5, 0, 5].map((dx) => (
      <path key={dx} d={`M${x + dx} ${y} q-2.5 -3 0 -6 q2.5 -3 0 -6`} />
    ))}
  </g>
)

/** A small snowflake centred on `x`, `y`: cold. */
export const Snowflake = ({ x, y }: { readonly x: number; readonly y: number }): ReactNode => (
  <g className="sp-snow" transform={`translate(${x} ${y})`}>
    {[0, 60, 120].map((angle) => (
      <g key={angle} transform={`rotate(${angle})`}>
        <line x1={0} y1={-6} x2={0} y2={6} />
        <path d="M-2 -5.5 L0 -3.5 L2 -5.5 M-2 5.5 L0 3.5 L2 5.5" />
      </g>
    ))}
  </g>
)

/** A small circling arrow centred on `at`: rubbing in small circles. */
export const RubMarks = ({ at: [x, y] }: { readonly at: Point }): ReactNode => (
  <g className="sp-marks" transform={`translate(${x} ${y})`}>
    <path d="M4.4 -2.5 A5 5 0 1 0 4.9 1.2" />
    <path d="M1.6 -4 L4.4 -2.5 L5 -5.6" />
  </g>
)

/** Two curved arrows chasing each other round `x`, `y`: change over. */
export const SwapArrows = ({ x, y, radius }: { readonly x: number; readonly y: number; readonly radius: number }) => (
  <g className="sp-swap" transform={`translate(${x} ${y})`}>
    <path d={`M${-radius} 0 A${radius} ${radius} 0 0 1 ${radius * 0.7} ${-radius * 0.7}`} />
    <path d={`M${radius} 0 A${radius} ${radius} 0 0 1 ${-radius * 0.7} ${radius * 0.7}`} />
    <path className="sp-arrowhead" d={`M${radius * 0.7} ${-radius * 0.7} l-4.5 -1 m4.5 1 l-0.5 4.5`} />
    <path className="sp-arrowhead" d={`M${-radius * 0.7} ${radius * 0.7} l4.5 1 m-4.5 -1 l0.5 -4.5`} />
  </g>
)
