import { useRef, type CSSProperties, type ReactNode } from 'react'
import type { Side } from '../../../core/routines/routine'
import { stepPictureTraits, type StepPictureId } from '../../../core/routines/step-pictures'
import { useTranslation } from '../i18n/use-translation'
import { useReducedMotion } from '../shell/use-reduced-motion'
import { altText } from './alt-text'
import { flipFrameCount, flipFramePositions, FramePosition } from './flipbook'
import type { PictureDrawing } from './picture-drawing'
import { reliefPictures } from './relief-pictures'
import { stretchPictures } from './stretch-pictures'
import { useFlipbook } from './use-flipbook'
import { warmUpPictures } from './warm-up-pictures'
import './step-pictures.css'

const drawings: Readonly<Record<StepPictureId, PictureDrawing>> = {
  ...warmUpPictures,
  ...stretchPictures,
  ...reliefPictures
}

/** Below this many pixels a picture draws bolder lines, so a thumbnail still reads. */
const SMALL_PX = 64

/** What StepPicture takes; `size` is the width and height in pixels, or 'fill' to take the container's size. */
export interface StepPictureProps {
  readonly picture: StepPictureId
  readonly side: Side | null
  readonly size?: number | 'fill'
  /** Shows the still frame of a movement (thumbnails); reduced motion always does. */
  readonly still?: boolean
  /** The accessible name; by default the picture's own description of what to do. */
  readonly label?: string
}

/**
 * A drawing of a step's body position: a movement loops, a hold stays still, and a one-sided picture
 * (drawn for the left leg) is mirrored for the right. One image to assistive technology; inside it, the still
 * frame and, for a movement, the flipbook frames use-flipbook.ts switches between (flipbook.ts).
 */
export function StepPicture({ picture, side, size = 160, still = false, label }: StepPictureProps): ReactNode {
  // Re-renders on a language change: the default name comes from the catalogue.
  useTranslation()
  const reducedMotion = useReducedMotion()
  const drawing = drawings[picture]
  const traits = stepPictureTraits[picture]
  // Reduced motion always gets the still frame: a picture stopped mid-swing would look broken.
  const moving = traits.motion === 'movement' && !still && !reducedMotion
  const name = label ?? altText(picture, side)
  const periodSeconds = drawing.periodSeconds ?? 1
  const wrapper = useRef<HTMLSpanElement>(null)
  useFlipbook(wrapper, moving ? periodSeconds : null, picture)
  const mirror = traits.oneSided && side === 'right' ? 'matrix(-1 0 0 1 100 0)' : undefined
  const classes = ['step-picture', `step-picture-${picture}`]
  if (moving) classes.push('step-picture-moving')
  if (size === 'fill') classes.push('step-picture-fill')
  else if (size < SMALL_PX) classes.push('step-picture-small')
  const style: CSSProperties | undefined = size === 'fill' ? undefined : { width: `${size}px`, height: `${size}px` }
  const frame = (key: string, position: number | null, className: string) => (
    <FramePosition.Provider key={key} value={position}>
      <span className={`sp-frame ${className}`} aria-hidden="true">
        <svg viewBox="0 0 100 100">
          <g transform={mirror}>{drawing.content}</g>
        </svg>
      </span>
    </FramePosition.Provider>
  )
  return (
    <span ref={wrapper} className={classes.join(' ')} role="img" aria-label={name} style={style}>
      {frame('still', null, 'sp-still')}
      {moving &&
        flipFramePositions(flipFrameCount(periodSeconds)).map((position, index) =>
          frame(`flip-${index}`, position, 'sp-flip')
        )}
    </span>
  )
}
