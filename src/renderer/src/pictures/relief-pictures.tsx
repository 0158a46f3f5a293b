import { Figure } from './figure'
import type { PictureDrawing } from './picture-drawing'
import { ColdPack, Floor, HeatLines, RubMarks, Snowflake, Stool, SwapArrows, WarmWrap } from './props'
import { along, ANKLE_Y, armTo, bones, kneeOf, legTo, loop, STANDING_HIP_Y, type LegPose, type Point } from './skeleton'

// Cramp relief and the pauses between steps: massage, warmth, cold, switching legs and resting.

const kneelHips: Point = [36, 69]
const frontLeg = legTo(kneelHips, [57, ANKLE_Y])
// A point under the front thigh, `share` of the way to the knee: where the fingertips rub.
const underThigh = (share: number, depth = 3.5): Point =>
  along(along(kneelHips, frontLeg.thigh, bones.thigh * share), frontLeg.thigh - 90, depth)
const massageTorso = 158

const massage: PictureDrawing = {
  periodSeconds: 0.5,
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: kneelHips,
          torso: massageTorso,
          working: true,
          nearLeg: frontLeg,
          farLeg: legTo(kneelHips, [kneelHips[0] - 17, ANKLE_Y - 2], 20),
          nearArm: loop(
            armTo(kneelHips, massageTorso, underThigh(0.55)),
            armTo(kneelHips, massageTorso, underThigh(0.9))
          ),
          farArm: armTo(kneelHips, massageTorso, underThigh(0.75))
        }}
      />
      <RubMarks at={underThigh(0.62, 11)} />
    </>
  )
}

const chairHips: Point = [28, ANKLE_Y - bones.shin]
const seatTop = chairHips[1] + 2.5
const chairTorso = 174
const chairLeg = legTo(chairHips, [chairHips[0] + 20, ANKLE_Y])
const chairKnee = kneeOf(chairHips, chairLeg)

const seatedWith = (onThigh: LegPose['onThigh'], sign: PictureDrawing['content']): PictureDrawing => ({
  content: (
    <>
      <Stool from={16} to={36} top={seatTop} />
      <Floor />
      <Figure
        pose={{
          hips: chairHips,
          torso: chairTorso,
          working: true,
          nearLeg: { ...chairLeg, onThigh },
          farLeg: legTo(chairHips, [chairHips[0] + 17, ANKLE_Y]),
          nearArm: armTo(chairHips, chairTorso, [chairKnee[0] - 7, chairKnee[1] - 3]),
          farArm: armTo(chairHips, chairTorso, [chairKnee[0] - 9, chairKnee[1] - 2])
        }}
      />
      {sign}
    </>
  )
})

const warmth = seatedWith(<WarmWrap start={9} />, <HeatLines x={chairKnee[0] + 2} y={chairKnee[1] - 8} />)
const ice = seatedWith(<ColdPack start={8} />, <Snowflake x={chairKnee[0] + 1} y={chairKnee[1] - 16} />)

const standHips: Point = [40, STANDING_HIP_Y]
const switchSides: PictureDrawing = {
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: standHips,
          torso: 180,
          nearLeg: legTo(standHips, [standHips[0] + 4, ANKLE_Y]),
          farLeg: legTo(standHips, [standHips[0] - 4, ANKLE_Y]),
          nearArm: { shoulder: 8, elbow: 12 },
          farArm: { shoulder: -8, elbow: 12 }
        }}
      />
      <SwapArrows x={74} y={58} radius={12} />
    </>
  )
}

const restHips: Point = [44, STANDING_HIP_Y + 3]
const restTorso = 140
const restLeg = legTo(restHips, [47, ANKLE_Y])
const restKnee = kneeOf(restHips, restLeg)
const rest: PictureDrawing = {
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: restHips,
          torso: restTorso,
          nearLeg: restLeg,
          farLeg: legTo(restHips, [45, ANKLE_Y]),
          nearArm: armTo(restHips, restTorso, [restKnee[0] + 1, restKnee[1] - 2]),
          farArm: armTo(restHips, restTorso, [restKnee[0] - 1, restKnee[1] - 1])
        }}
      />
    </>
  )
}

/** The relief and pause pictures. */
export const reliefPictures = {
  massage,
  warmth,
  ice,
  'switch-sides': switchSides,
  rest
} as const
