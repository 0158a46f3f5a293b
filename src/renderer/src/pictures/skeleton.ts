import type { ReactNode } from 'react'

/**
 * The figure's skeleton as numbers: a side view facing right, so the near leg is the left one.
 * Angles are degrees from straight down, forward (to the right) positive; 180 points straight up.
 */

/** A still angle, or a loop between two angles; the still frame shows `to` unless `still` says otherwise. */
export type Motion = number | readonly [from: number, to: number] | readonly [from: number, to: number, still: number]

/** A point in the 100 × 100 picture. */
export type Point = readonly [x: number, y: number]

/** A still point, or a loop between two points (the still frame shows `to`). */
export type PointMotion = Point | { readonly from: Point; readonly to: Point }

/** Bone lengths, in picture units. */
export const bones = { torso: 25, neck: 3.5, head: 6.5, upperArm: 14, forearm: 13, thigh: 19, shin: 18, foot: 6 }

/** Half the line width: how far a bone's round end reaches past its joint. */
const HALF_LINE = 2.5
/** Where the floor line is. */
export const FLOOR_Y = 92
/** The height of an ankle whose foot rests flat on the floor. */
export const ANKLE_Y = FLOOR_Y - HALF_LINE
/** The hip height of a figure standing straight on the floor. */
export const STANDING_HIP_Y = ANKLE_Y - bones.thigh - bones.shin

/** A leg: thigh from the hip, knee bend (positive bends the shin back), ankle (90 is the foot at right angles). */
export interface LegPose {
  readonly thigh: Motion
  readonly knee: Motion
  readonly ankle?: Motion
  /** Drawn on the thigh, which points down from the hip at (0, 0); the back of the thigh is at negative x. */
  readonly onThigh?: ReactNode
}

/** An arm: shoulder (0 hangs along the body, positive is forward) and elbow bend (positive bends forward). */
export interface ArmPose {
  readonly shoulder: Motion
  readonly elbow: Motion
}

/** A whole figure: hips position, torso angle (180 is upright), and the near (left) and far limbs. */
export interface FigurePose {
  readonly hips: PointMotion
  readonly torso: Motion
  readonly nearLeg: LegPose
  readonly farLeg: LegPose
  readonly nearArm: ArmPose
  readonly farArm: ArmPose
  /** Colours the near leg as the one the step works; a picture without a working leg leaves it plain. */
  readonly working?: boolean
}

/** The from, to and still angles of a motion. */
export const ends = (motion: Motion): readonly [number, number, number] =>
  typeof motion === 'number' ? [motion, motion, motion] : [motion[0], motion[1], motion[2] ?? motion[1]]

/** A motion turned by a fixed angle. */
export function turned(motion: Motion, by: number): Motion {
  const [from, to, still] = ends(motion)
  return [from + by, to + by, still + by]
}

const degrees = (radians: number): number => (radians * 180) / Math.PI
const radians = (degrees: number): number => (degrees * Math.PI) / 180
const wrapped = (angle: number): number => ((((angle + 180) % 360) + 360) % 360) - 180

/** Where a bone of this length from `from` at `angle` ends. */
export const along = ([x, y]: Point, angle: number, length: number): Point => [
  x + length * Math.sin(radians(angle)),
  y + length * Math.cos(radians(angle))
]

// Two bones from `root` reaching `target`: the first bone's angle and the bend between them (both degrees).
function reach(root: Point, target: Point, first: number, second: number, bendForward: boolean): [number, number] {
  const dx = target[0] - root[0]
  const dy = target[1] - root[1]
  const distance = Math.min(Math.max(Math.hypot(dx, dy), Math.abs(first - second) + 0.01), first + second - 0.01)
  const towards = degrees(Math.atan2(dx, dy))
  const atRoot = degrees(Math.acos((first ** 2 + distance ** 2 - second ** 2) / (2 * first * distance)))
  const between = degrees(Math.acos((first ** 2 + second ** 2 - distance ** 2) / (2 * first * second)))
  return bendForward ? [towards - atRoot, 180 - between] : [towards + atRoot, 180 - between]
}

/** A leg or arm pose in one position. */
export type StillLimb<Pose> = { readonly [Key in keyof Pose]-?: number }

/** A leg from the hips with its ankle at `ankle` and the foot at `foot` degrees (90 is flat, pointing forward). */
export function legTo(hips: Point, ankle: Point, foot = 90): StillLimb<Omit<LegPose, 'onThigh'>> {
  const [thigh, knee] = reach(hips, ankle, bones.thigh, bones.shin, false)
  return { thigh: wrapped(thigh), knee, ankle: wrapped(foot - (thigh - knee)) }
}

/** Where the knee of a still leg from these hips is. */
export const kneeOf = (hips: Point, leg: { readonly thigh: number }): Point => along(hips, leg.thigh, bones.thigh)

/** Where the shoulder of a torso from these hips is. */
export const shoulderOf = (hips: Point, torso: number): Point => along(hips, torso, bones.torso - 1)

/** An arm of a figure with these hips and torso, its hand at `hand`. */
export function armTo(hips: Point, torso: number, hand: Point): StillLimb<ArmPose> {
  const [upper, elbow] = reach(shoulderOf(hips, torso), hand, bones.upperArm, bones.forearm, true)
  return { shoulder: wrapped(upper - torso - 180), elbow }
}

/** A loop from limb pose `from` to `to`: every angle of the two becomes a motion. */
export function loop<Pose extends LegPose | ArmPose>(from: Pose, to: Pose): Pose {
  const starts = new Map<string, unknown>(Object.entries(from))
  const entries = Object.entries(to).map(([key, value]) => {
    const start = starts.get(key)
    if (typeof value !== 'number' || typeof start !== 'number') return [key, value]
    return [key, [start, start + wrapped(value - start)]]
  })
  return Object.fromEntries(entries) as Pose
}
