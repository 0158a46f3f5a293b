import { Figure } from './figure'
import type { PictureDrawing } from './picture-drawing'
import { Floor, Roller, Step } from './props'
import { along, ANKLE_Y, armTo, FLOOR_Y, legTo, STANDING_HIP_Y, type Point } from './skeleton'

// The held hamstring stretches and the foam roller; the stretched leg is the near one, coloured as working.

const standHips: Point = [36, STANDING_HIP_Y]
const raisedHeel = along(standHips, 52, 36.5)
const standingHamstringStretch: PictureDrawing = {
  content: (
    <>
      <Step from={raisedHeel[0] - 8} to={raisedHeel[0] + 14} top={raisedHeel[1] + 2.5} />
      <Floor />
      <Figure
        pose={{
          hips: standHips,
          torso: 132,
          working: true,
          nearLeg: legTo(standHips, raisedHeel, 165),
          farLeg: legTo(standHips, [standHips[0], ANKLE_Y]),
          nearArm: armTo(standHips, 132, along(standHips, 52, 27)),
          farArm: armTo(standHips, 132, along(standHips, 52, 25))
        }}
      />
    </>
  )
}

const sitHips: Point = [22, FLOOR_Y - 5]
const sitTorso = 132
const seatedHamstringStretch: PictureDrawing = {
  content: (
    <>
      <Floor />
      <Figure
        pose={{
          hips: sitHips,
          torso: sitTorso,
          working: true,
          nearLeg: legTo(sitHips, [sitHips[0] + 36.9, sitHips[1]], 175),
          // The other leg is folded flat, its foot by the straight knee: seen from the side, a short double line.
          farLeg: { thigh: 92, knee: 170, ankle: 168 },
          nearArm: armTo(sitHips, sitTorso, [sitHips[0] + 36, sitHips[1] - 3]),
          farArm: armTo(sitHips, sitTorso, [sitHips[0] + 34, sitHips[1] - 2])
        }}
      />
    </>
  )
}

const rollerRadius = 5.5
const rollHips: Point = [38, FLOOR_Y - 2 * rollerRadius - 2.5]
const rollTorso = 228
const foamRoller: PictureDrawing = {
  periodSeconds: 1.4,
  content: (
    <>
      <Floor />
      <Roller from={45} to={58} radius={rollerRadius} />
      <Figure
        pose={{
          hips: rollHips,
          torso: rollTorso,
          working: true,
          nearLeg: legTo(rollHips, [rollHips[0] + 36.9, rollHips[1]], 150),
          farLeg: legTo(rollHips, [rollHips[0] + 22, ANKLE_Y]),
          nearArm: armTo(rollHips, rollTorso, [19, ANKLE_Y]),
          farArm: armTo(rollHips, rollTorso, [21, ANKLE_Y])
        }}
      />
    </>
  )
}

/** The stretching and foam-rolling pictures. */
export const stretchPictures = {
  'standing-hamstring-stretch': standingHamstringStretch,
  'seated-hamstring-stretch': seatedHamstringStretch,
  'foam-roller': foamRoller
} as const
