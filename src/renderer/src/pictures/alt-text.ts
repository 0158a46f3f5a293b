import type { Side } from '../../../core/routines/routine'
import { stepPictureTraits, type StepPictureId } from '../../../core/routines/step-pictures'
import { t } from '../i18n/i18n'
import '../i18n/picture-strings'

/** What a picture shows, as an instruction: "Hold a wall or post and swing your left leg forward and back". */
export function altText(picture: StepPictureId, side: Side | null): string {
  const which = stepPictureTraits[picture].oneSided && side !== null ? side : 'any'
  return t(`pictures.alt.${picture}`, { leg: t(`pictures.leg.${which}`), thigh: t(`pictures.thigh.${which}`) })
}

/** The short name of a picture, for the picker. */
export const pictureName = (picture: StepPictureId): string => t(`pictures.names.${picture}`)
