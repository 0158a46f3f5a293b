import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Joint } from './figure'
import { flipFrameCount, flipFramePositions, flipKeyframes, FramePosition } from './flipbook'

/** The opacity step keyframes give at `progress` through a swing: each value holds until the next offset. */
function opacityAt(keyframes: readonly Keyframe[], progress: number): number {
  const reached = keyframes.filter((frame) => (frame.offset ?? 0) <= progress)
  return Number(reached[reached.length - 1]?.opacity)
}

describe('flipbook', () => {
  it('gives slower movements more frames, within bounds', () => {
    expect(flipFrameCount(0.4)).toBeLessThan(flipFrameCount(0.9))
    expect(flipFrameCount(0.05)).toBe(5)
    expect(flipFrameCount(1.4)).toBe(flipFrameCount(60))
    expect(flipFrameCount(60)).toBe(11)
  })

  it('poses the frames from one end to the other, closer together near the ends (ease-in-out)', () => {
    const positions = flipFramePositions(9)
    expect(positions[0]).toBe(0)
    expect(positions[8]).toBeCloseTo(1)
    const steps = positions.slice(1).map((position, index) => position - (positions[index] ?? 0))
    expect(steps.every((step) => step > 0)).toBe(true)
    expect(steps[0]).toBeLessThan(steps[3] ?? 0)
    expect(steps[7]).toBeCloseTo(steps[0] ?? 0)
  })

  it.each([5, 8, 11])('shows exactly one of %i frames at every moment of a swing, in order', (count) => {
    const keyframes = Array.from({ length: count }, (_, index) => flipKeyframes(index, count))
    const moments = Array.from({ length: 1001 }, (_, step) => step / 1000)
    const shown = moments.map((progress) =>
      keyframes.flatMap((frames, index) => (opacityAt(frames, progress) === 1 ? [index] : []))
    )
    expect(shown.filter((frames) => frames.length !== 1)).toEqual([])
    const order = shown.map(([index]) => index ?? -1)
    expect(order.slice(1).every((index, moment) => index - (order[moment] ?? 0) <= 1)).toBe(true)
    expect(order.slice(1).every((index, moment) => index >= (order[moment] ?? 0))).toBe(true)
    expect(order[0]).toBe(0)
    expect(order[1000]).toBe(count - 1)
    // Played there and back, the end frames show for as long as the others: half a share on each leg.
    expect(opacityAt(keyframes[0] ?? [], 0.5 / (count - 1) - 0.001)).toBe(1)
    expect(opacityAt(keyframes[0] ?? [], 0.5 / (count - 1) + 0.001)).toBe(0)
  })

  it('poses each joint the frame’s share of the way along its motion; the still frame at its still angle', () => {
    const joint = (position: number | null) =>
      renderToStaticMarkup(
        createElement(
          FramePosition.Provider,
          { value: position },
          createElement(Joint, { at: { from: [10, 20], to: [30, 20] }, angle: [0, 90, 30] }, createElement('line'))
        )
      )
    expect(joint(0)).toContain('transform="translate(10 20)"')
    expect(joint(0.5)).toContain('transform="translate(20 20) rotate(-45)"')
    expect(joint(1)).toContain('transform="translate(30 20) rotate(-90)"')
    expect(joint(null)).toContain('transform="translate(30 20) rotate(-30)"')
  })
})
