import { Figure } from './figure'
import type { PictureDrawing } from './picture-drawing'
import { Floor, Post } from './props'
import { ANKLE_Y, armTo, legTo, loop, STANDING_HIP_Y, type Point } from './skeleton'

// Walking and the dynamic warm-up moves: each loops between two poses, the still frame is the second.

const walkHips: Point = [48, STANDING_HIP_Y + 2]
const stride = {
  front: legTo(walkHips, [walkHips[0] + 13, ANKLE_Y], 100),
  back: legTo(walkHips, [walkHips[0] - 11, ANKLE_Y - 3], 45)
}
const armSwing = { front: { shoulder: 30, elbow: 30 }, back: { shoulder: -30, elbow: 20 } }

const walk: PictureDrawing = {
  periodSeconds: 0.55,
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: walkHips,
          torso: 175,
          nearLeg: loop(stride.back, stride.front),
          farLeg: loop(stride.front, stride.back),
          nearArm: loop(armSwing.front, armSwing.back),
          farArm: loop(armSwing.back, armSwing.front)
        }}
      />
    </>
  )
}

const swingHips: Point = [44, STANDING_HIP_Y]
const legSwings: PictureDrawing = {
  periodSeconds: 0.9,
  content: (
    <>
      <Post x={70} top={26} />
      <Floor />
      <Figure
        pose={{
          hips: swingHips,
          torso: 180,
          working: true,
          nearLeg: loop({ thigh: -35, knee: 12, ankle: 80 }, { thigh: 60, knee: 4, ankle: 100 }),
          farLeg: legTo(swingHips, [swingHips[0], ANKLE_Y]),
          nearArm: { shoulder: 10, elbow: 25 },
          farArm: armTo(swingHips, 180, [68, 42])
        }}
      />
    </>
  )
}

const lungeUp: Point = [46, 58]
const lungeDown: Point = [46, 70.5]
const frontFoot: Point = [64, ANKLE_Y]
const backFoot: Point = [26, ANKLE_Y - 4]
const walkingLunges: PictureDrawing = {
  periodSeconds: 1.1,
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: { from: lungeUp, to: lungeDown },
          torso: 180,
          working: true,
          nearLeg: loop(legTo(lungeUp, frontFoot), legTo(lungeDown, frontFoot)),
          farLeg: loop(legTo(lungeUp, backFoot, 35), legTo(lungeDown, backFoot, 35)),
          nearArm: { shoulder: 8, elbow: 20 },
          farArm: { shoulder: -8, elbow: 20 }
        }}
      />
    </>
  )
}

const jogHips: Point = [48, STANDING_HIP_Y - 1.5]
const onToes = legTo(jogHips, [jogHips[0] - 1, ANKLE_Y - 2], 70)
const kneeUp = { thigh: 95, knee: 100, ankle: 80 }
const heelUp = { thigh: -12, knee: 140, ankle: 70 }
const pump = { forward: { shoulder: 45, elbow: 85 }, back: { shoulder: -35, elbow: 80 } }

const highKnees: PictureDrawing = {
  periodSeconds: 0.4,
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: jogHips,
          torso: 180,
          nearLeg: loop(onToes, kneeUp),
          farLeg: loop(kneeUp, onToes),
          nearArm: loop(pump.forward, pump.back),
          farArm: loop(pump.back, pump.forward)
        }}
      />
    </>
  )
}

const buttKicks: PictureDrawing = {
  periodSeconds: 0.4,
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: jogHips,
          torso: 175,
          nearLeg: loop(onToes, heelUp),
          farLeg: loop(heelUp, onToes),
          nearArm: loop(pump.back, pump.forward),
          farArm: loop(pump.forward, pump.back)
        }}
      />
    </>
  )
}

/** The warm-up pictures. */
export const warmUpPictures = {
  walk,
  'leg-swings': legSwings,
  'walking-lunges': walkingLunges,
  'high-knees': highKnees,
  'butt-kicks': buttKicks
} as const
