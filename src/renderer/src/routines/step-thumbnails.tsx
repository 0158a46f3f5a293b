import type { ReactNode } from 'react'
import type { RoutineStep } from '../../../core/routines/routine'
import { pictureForStep } from '../../../core/routines/step-pictures'
import { useTranslation } from '../i18n/use-translation'
import { StepPicture } from '../pictures/step-picture'
import '../i18n/picture-strings'

/** Pixels per thumbnail: big enough to tell the poses apart, small enough for a routine's steps to fit a row. */
const THUMBNAIL_PX = 44

/** A routine's steps as a row of still pictures, each named by its step (a step without a picture gets a blank tile). */
export function StepThumbnails({ steps }: { readonly steps: readonly RoutineStep[] }): ReactNode {
  const t = useTranslation()
  return (
    <ol className="step-thumbnails" aria-label={t('pictures.thumbnails')}>
      {steps.map((step) => {
        const picture = pictureForStep(step)
        return (
          <li key={step.id} title={step.name}>
            {picture ? (
              <StepPicture picture={picture} side={null} size={THUMBNAIL_PX} still label={step.name} />
            ) : (
              <span className="step-thumbnail-blank" role="img" aria-label={step.name} />
            )}
          </li>
        )
      })}
    </ol>
  )
}
