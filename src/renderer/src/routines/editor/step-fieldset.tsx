import type { ReactNode } from 'react'
import { routineLimits, stepKinds, type StepKind, type StepSides } from '../../../../core/routines/routine'
import { pictureForStep } from '../../../../core/routines/step-pictures'
import { numberFormat } from '../../format/number-format'
import { useTranslation } from '../../i18n/use-translation'
import { NamedButton } from '../named-button'
import { SelectField, TextAreaField, TextField, WholeNumberField } from './editor-fields'
import { PictureField } from './picture-field'
import { editorFieldId, stepFieldKey, type EditorFieldKey, type StepField } from './routine-check'
import type { StepDraft } from './routine-draft'
import '../../i18n/routine-strings'

const sideChoices = ['none', 'both'] as const satisfies readonly StepSides[]

/** One step of the editor: a fieldset named "Step 2: Leg swings", its fields, and move/remove buttons. */
export function StepFieldset({
  step,
  index,
  count,
  errorOf,
  onChange,
  onMove,
  onRemove
}: {
  readonly step: StepDraft
  readonly index: number
  readonly count: number
  readonly errorOf: (key: EditorFieldKey) => string | undefined
  readonly onChange: (change: Partial<StepDraft>, field: StepField) => void
  readonly onMove: (by: -1 | 1) => void
  readonly onRemove: () => void
}): ReactNode {
  const t = useTranslation()
  const number = numberFormat({}).format(index + 1)
  const legend = step.name.trim()
    ? t('editor.stepLegend', { number, name: step.name.trim() })
    : t('editor.stepLegendEmpty', { number })
  const displayName = step.name.trim() || t('editor.stepLegendEmpty', { number })
  const id = (field: StepField): string => editorFieldId(stepFieldKey(step.id, field))
  const error = (field: StepField): string | undefined => errorOf(stepFieldKey(step.id, field))
  const numberField = (
    field: StepField,
    label: string,
    value: string,
    limits: { readonly min: number; readonly max: number },
    change: (text: string) => Partial<StepDraft>
  ) => (
    <WholeNumberField
      id={id(field)}
      label={label}
      value={value}
      error={error(field)}
      min={limits.min}
      max={limits.max}
      onChange={(text) => onChange(change(text), field)}
    />
  )
  return (
    <fieldset className="step-fieldset">
      <legend>{legend}</legend>
      <div className="step-grid">
        <TextField
          id={id('name')}
          label={t('editor.stepName')}
          value={step.name}
          error={error('name')}
          maxLength={routineLimits.nameLength.max}
          onChange={(name) => onChange({ name }, 'name')}
        />
        <SelectField<StepKind>
          id={id('kind')}
          label={t('editor.kind')}
          value={step.kind}
          error={error('kind')}
          options={stepKinds.map((kind) => ({ value: kind, label: t(`editor.kinds.${kind}`) }))}
          onChange={(kind) => onChange({ kind }, 'kind')}
        />
        <PictureField
          id={id('picture')}
          value={pictureForStep(step) ?? 'none'}
          side={step.sides === 'both' ? 'left' : null}
          error={error('picture')}
          onChange={(picture) => onChange({ picture }, 'picture')}
        />
        <TextAreaField
          id={id('instructions')}
          label={t('editor.instructions')}
          value={step.instructions}
          error={error('instructions')}
          onChange={(instructions) => onChange({ instructions }, 'instructions')}
        />
        {step.kind === 'reps' ? (
          <>
            {numberField('reps', t('editor.reps'), step.repsText, routineLimits.reps, (repsText) => ({ repsText }))}
            {numberField(
              'secondsPerRep',
              t('editor.secondsPerRep'),
              step.secondsPerRepText,
              routineLimits.secondsPerRep,
              (secondsPerRepText) => ({ secondsPerRepText })
            )}
          </>
        ) : (
          numberField(
            'durationSeconds',
            t('editor.duration'),
            step.durationText,
            routineLimits.durationSeconds,
            (durationText) => ({ durationText })
          )
        )}
        <SelectField<StepSides>
          id={id('sides')}
          label={t('editor.sides')}
          value={step.sides}
          error={error('sides')}
          options={sideChoices.map((sides) => ({ value: sides, label: t(`editor.sideChoices.${sides}`) }))}
          onChange={(sides) => onChange({ sides }, 'sides')}
        />
        {numberField('sets', t('editor.sets'), step.setsText, routineLimits.sets, (setsText) => ({ setsText }))}
        {numberField('restSeconds', t('editor.rest'), step.restText, routineLimits.restSeconds, (restText) => ({
          restText
        }))}
      </div>
      <div className="step-actions">
        <NamedButton
          id={`step-${step.id}-up`}
          before={t('editor.move')}
          name={displayName}
          after={t('editor.up')}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        />
        <NamedButton
          id={`step-${step.id}-down`}
          before={t('editor.move')}
          name={displayName}
          after={t('editor.down')}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        />
        <NamedButton id={`step-${step.id}-remove`} before={t('editor.remove')} name={displayName} onClick={onRemove} />
      </div>
    </fieldset>
  )
}
