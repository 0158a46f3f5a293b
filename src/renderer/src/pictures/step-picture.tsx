import type { CSSProperties, ReactNode } from 'react'
import type { Side } from '../../../core/routine'
import { stepPictureTraits, type StepPictureId } from '../../../core/step-pictures'
import { useTranslation } from '../i18n/use-translation'
import { altText } from './alt-text'
import type { PictureDrawing } from './picture-drawing'
import { reliefPictures } from './relief-pictures'
import { stretchPictures } from './stretch-pictures'
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
 * (drawn for the left leg) is mirrored for the right.
 */
export function StepPicture({ picture, side, size = 160, still = false, label }: StepPictureProps): ReactNode {
  // Re-renders on a language change: the default name comes from the catalogue.
  useTranslation()
  const drawing = drawings[picture]
  const traits = stepPictureTraits[picture]
  const moving = traits.motion === 'movement' && !still
  const name = label ?? altText(picture, side)
  const classes = ['step-picture', `step-picture-${picture}`]
  if (moving) classes.push('step-picture-moving')
  if (size === 'fill') classes.push('step-picture-fill')
  else if (size < SMALL_PX) classes.push('step-picture-small')
  const style = moving ? ({ '--step-picture-period': `${drawing.periodSeconds ?? 1}s` } as CSSProperties) : undefined
  return (
    <svg
      className={classes.join(' ')}
      role="img"
      aria-label={name}
      viewBox="0 0 100 100"
      width={size === 'fill' ? undefined : size}
      height={size === 'fill' ? undefined : size}
      style={style}
    >
      <g transform={traits.oneSided && side === 'right' ? 'matrix(-1 0 0 1 100 0)' : undefined}>{drawing.content}</g>
    </svg>
  )
}
