import { createContext } from 'react'

// A movement plays as a flipbook: still frames posed along the motion, each shown in turn by an opacity animation
// that the compositor runs on its own (use-flipbook.ts), so a looping picture costs the page no work per frame.

/**
 * How far along its motion every joint of the frame being drawn is: 0 is each motion's `from`, 1 its `to`;
 * null draws the still frame (each motion's `still` angle).
 */
export const FramePosition = createContext<number | null>(null)

/** About this many frames a second: smooth enough to read as movement, few enough to keep the frames light. */
const FRAMES_PER_SECOND = 12
const FEWEST_STEPS = 4
const MOST_STEPS = 10

/** How many frames a swing from one end pose to the other that takes `periodSeconds` gets, both ends included. */
export const flipFrameCount = (periodSeconds: number): number =>
  Math.min(Math.max(Math.round(periodSeconds * FRAMES_PER_SECOND), FEWEST_STEPS), MOST_STEPS) + 1

/** Ease-in-out: the figure slows into each end pose and swings fastest between them, as a limb does. */
const easeInOut = (time: number): number => (1 - Math.cos(Math.PI * time)) / 2

/** Where along the motion each of `count` frames is posed: shown for equal times, so they bunch up near the ends. */
export const flipFramePositions = (count: number): readonly number[] =>
  Array.from({ length: count }, (_, frame) => easeInOut(frame / (count - 1)))

/** A value `position` of the way from `from` to `to`. */
export const between = (from: number, to: number, position: number): number => from + (to - from) * position

/**
 * When frame `index` of `count` shows, as step keyframes over one swing (played there and back, alternating):
 * for its own share of the swing, centred on its time, the end frames half as long as they show on both legs.
 */
export function flipKeyframes(index: number, count: number): Keyframe[] {
  const half = 1 / (2 * (count - 1))
  const last = count - 1
  const frames: Keyframe[] = [{ offset: 0, opacity: index === 0 ? 1 : 0 }]
  if (index > 0) frames.push({ offset: (2 * index - 1) * half, opacity: 1 })
  if (index < last) frames.push({ offset: (2 * index + 1) * half, opacity: 0 })
  frames.push({ offset: 1, opacity: index === last ? 1 : 0 })
  return frames.map((frame) => ({ ...frame, easing: 'step-end' }))
}
