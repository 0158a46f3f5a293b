import { useContext, type ReactNode } from 'react'
import { between, FramePosition } from './flipbook'
import {
  bones,
  ends,
  turned,
  type ArmPose,
  type FigurePose,
  type LegPose,
  type Motion,
  type PointMotion
} from './skeleton'

// Each joint is a group that turns about its own origin; a frame of a movement poses every joint the same share
// of the way along its motion (flipbook.ts), so a loop needs only its two end poses.

/** Two decimals are far finer than a pixel of the 100-unit picture, and keep the markup short. */
const short = (value: number): number => Math.round(value * 100) / 100 || 0

/** A joint: a group placed at `at` and turned by `angle`, posed for the frame being drawn. */
export function Joint({
  at = [0, 0],
  angle = 0,
  children
}: {
  readonly at?: PointMotion
  readonly angle?: Motion
  readonly children: ReactNode
}): ReactNode {
  const position = useContext(FramePosition)
  const [from, to, still] = ends(angle)
  const [t0, t1] = 'from' in at ? [at.from, at.to] : [at, at]
  const turn = position === null ? still : between(from, to, position)
  const x = position === null ? t1[0] : between(t0[0], t1[0], position)
  const y = position === null ? t1[1] : between(t0[1], t1[1], position)
  const parts: string[] = []
  if (short(x) !== 0 || short(y) !== 0) parts.push(`translate(${short(x)} ${short(y)})`)
  // SVG turns clockwise; our angles turn forward (anticlockwise when facing right), hence the minus.
  if (short(turn) !== 0) parts.push(`rotate(${short(-turn)})`)
  return <g transform={parts.length > 0 ? parts.join(' ') : undefined}>{children}</g>
}

/** A bone from its joint, pointing down before the joint turns it. */
export const Bone = ({ length }: { readonly length: number }): ReactNode => <line x1={0} y1={0} x2={0} y2={length} />

const negated = (motion: Motion): Motion => {
  const [from, to, still] = ends(motion)
  return [-from, -to, -still]
}

function Leg({ pose }: { readonly pose: LegPose }): ReactNode {
  return (
    <Joint angle={pose.thigh}>
      <Bone length={bones.thigh} />
      <Joint at={[0, bones.thigh]} angle={negated(pose.knee)}>
        <Bone length={bones.shin} />
        <Joint at={[0, bones.shin]} angle={pose.ankle ?? 90}>
          <Bone length={bones.foot} />
        </Joint>
      </Joint>
      {pose.onThigh}
    </Joint>
  )
}

function Arm({ pose, torso }: { readonly pose: ArmPose; readonly torso: Motion }): ReactNode {
  return (
    <Joint angle={torso}>
      <Joint at={[0, bones.torso - 1]} angle={turned(pose.shoulder, 180)}>
        <Bone length={bones.upperArm} />
        <Joint at={[0, bones.upperArm]} angle={pose.elbow}>
          <Bone length={bones.forearm} />
        </Joint>
      </Joint>
    </Joint>
  )
}

/** The figure, its far limbs faded behind the body and the near arm in front of the near leg. */
export function Figure({ pose }: { readonly pose: FigurePose }): ReactNode {
  const head = bones.torso + bones.neck + bones.head
  return (
    <g className="sp-figure">
      <Joint at={pose.hips}>
        <g className="sp-far">
          <Arm pose={pose.farArm} torso={pose.torso} />
        </g>
        <g className="sp-far">
          <Leg pose={pose.farLeg} />
        </g>
        <Joint angle={pose.torso}>
          <Bone length={bones.torso} />
          <circle className="sp-head" cx={0} cy={head} r={bones.head} />
        </Joint>
        <g className={pose.working ? 'sp-working' : undefined}>
          <Leg pose={pose.nearLeg} />
        </g>
        <Arm pose={pose.nearArm} torso={pose.torso} />
      </Joint>
    </g>
  )
}
