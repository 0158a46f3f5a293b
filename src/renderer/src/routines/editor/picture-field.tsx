import type { ReactNode } from 'react'
import type { Side } from '../../../../core/routines/routine'
import { stepPictureIds, type StepPictureId } from '../../../../core/routines/step-pictures'
import { useTranslation } from '../../i18n/use-translation'
import { pictureName } from '../../pictures/alt-text'
import { StepPicture } from '../../pictures/step-picture'
import { FieldFrame } from '../../shell/field-frame'
import '../../i18n/picture-strings'

/** A step's picture, or none. */
export type PictureChoice = StepPictureId | 'none'

/** Pixels of the preview next to the picker. */
const PREVIEW_PX = 56

/** The picture picker: a select of every step picture (or none) with a small live preview of the choice. */
export function PictureField({
  id,
  value,
  side,
  error,
  onChange
}: {
  readonly id: string
  readonly value: PictureChoice
  readonly side: Side | null
  readonly error?: string | undefined
  readonly onChange: (value: PictureChoice) => void
}): ReactNode {
  const t = useTranslation()
  const options: readonly { readonly value: PictureChoice; readonly label: string }[] = [
    { value: 'none', label: t('pictures.picker.none') },
    ...stepPictureIds.map((picture) => ({ value: picture, label: pictureName(picture) }))
  ]
  return (
    <FieldFrame id={id} label={t('pictures.picker.label')} error={error}>
      {(control) => (
        <div className="picture-field">
          <select {...control} value={value} onChange={(event) => onChange(event.target.value as PictureChoice)}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {value === 'none' ? (
            <span className="picture-field-blank" />
          ) : (
            <StepPicture picture={value} side={side} size={PREVIEW_PX} />
          )}
        </div>
      )}
    </FieldFrame>
  )
}
