import { useEffect, useRef, type ReactNode } from 'react'
import { routineLimits, routinePurposes, type RoutinePurpose } from '../../../../core/routines/routine'
import { useAppActions } from '../../api/app-state'
import { useTranslation } from '../../i18n/use-translation'
import { describedBy, FieldError, FormProblems } from '../../shell/field-error'
import { flashMessage } from '../../shell/flash-message'
import { navigateTo } from '../../shell/navigation'
import { useServiceForm } from '../../shell/use-service-form'
import { SelectField, TextAreaField, TextField } from './editor-fields'
import {
  checkRoutineDraft,
  editorErrorMessage,
  editorFieldId,
  editorFieldOrder,
  editorKeyOfIssue,
  stepFieldKey,
  stepFields,
  type EditorFieldKey
} from './routine-check'
import { newStep, routineToSave, withoutStep, withStepChange, withStepMoved, type RoutineDraft } from './routine-draft'
import { StepFieldset } from './step-fieldset'
import '../../i18n/routine-strings'

/** Moves focus to the field an error belongs to. */
const focusEditorField = (key: EditorFieldKey): void => document.getElementById(editorFieldId(key))?.focus()

/** The routine editor form: edits a draft, saves it with one button, shows every problem next to its field. */
export function RoutineEditor({ initial }: { readonly initial: RoutineDraft }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const { draft, invalidKeys, summary, failure, edit, save } = useServiceForm({
    initial,
    fieldOrder: editorFieldOrder,
    precheck: checkRoutineDraft,
    keyOfIssue: editorKeyOfIssue,
    submit: (sent) => perform('saveRoutine', { routine: routineToSave(sent) }),
    onSaved: (_saved, sent) => {
      flashMessage(t('editor.saved'))
      navigateTo('routines')
      return sent
    },
    focusField: focusEditorField,
    strings: { notSaved: t('editor.notSaved'), saveFailed: t('editor.saveFailed') }
  })
  // An element id to focus after the next render (a new step's name, or a moved step's button).
  const focusTarget = useRef<string | null>(null)

  useEffect(() => {
    if (focusTarget.current === null) return
    const element = document.getElementById(focusTarget.current)
    focusTarget.current = null
    element?.focus()
  })

  const errorOf = (key: EditorFieldKey): string | undefined =>
    invalidKeys.includes(key) ? editorErrorMessage(key) : undefined

  const addStep = (): void => {
    const step = newStep(draft)
    focusTarget.current = editorFieldId(stepFieldKey(step.id, 'name'))
    edit({ ...draft, steps: [...draft.steps, step] }, 'steps')
  }
  const moveStep = (stepId: string, by: -1 | 1): void => {
    const next = withStepMoved(draft, stepId, by)
    const index = next.steps.findIndex((step) => step.id === stepId)
    // Keep focus on the button that was pressed, or its partner once the step reaches the top or bottom.
    const atEdge = (by === -1 && index === 0) || (by === 1 && index === next.steps.length - 1)
    const direction = by === -1 ? (atEdge ? 'down' : 'up') : atEdge ? 'up' : 'down'
    focusTarget.current = `step-${stepId}-${next.steps.length > 1 ? direction : 'remove'}`
    edit(next)
  }
  const removeStep = (stepId: string): void => {
    const index = draft.steps.findIndex((step) => step.id === stepId)
    const next = withoutStep(draft, stepId)
    const neighbour = next.steps[index] ?? next.steps[index - 1]
    focusTarget.current = neighbour ? editorFieldId(stepFieldKey(neighbour.id, 'name')) : editorFieldId('steps')
    edit(next, ...stepFields.map((field) => stepFieldKey(stepId, field)))
  }

  const stepsError = errorOf('steps')
  return (
    <form className="card-form routine-editor" noValidate onSubmit={(event) => void save(event)}>
      <fieldset className="routine-fields">
        <legend>{t('editor.about')}</legend>
        <TextField
          id={editorFieldId('name')}
          label={t('editor.name')}
          value={draft.name}
          error={errorOf('name')}
          maxLength={routineLimits.nameLength.max}
          onChange={(name) => edit({ ...draft, name }, 'name')}
        />
        <TextAreaField
          id={editorFieldId('description')}
          label={t('editor.description')}
          value={draft.description}
          error={errorOf('description')}
          onChange={(description) => edit({ ...draft, description }, 'description')}
        />
        <SelectField<RoutinePurpose>
          id={editorFieldId('purpose')}
          label={t('editor.purpose')}
          value={draft.purpose}
          error={errorOf('purpose')}
          options={routinePurposes.map((purpose) => ({ value: purpose, label: t(`routines.purpose.${purpose}`) }))}
          onChange={(purpose) => edit({ ...draft, purpose }, 'purpose')}
        />
      </fieldset>
      <section className="editor-steps" aria-labelledby="editor-steps-title">
        <h2 id="editor-steps-title">{t('editor.steps')}</h2>
        <ol>
          {draft.steps.map((step, index) => (
            <li key={step.id}>
              <StepFieldset
                step={step}
                index={index}
                count={draft.steps.length}
                errorOf={errorOf}
                onChange={(change, field) => edit(withStepChange(draft, step.id, change), stepFieldKey(step.id, field))}
                onMove={(by) => moveStep(step.id, by)}
                onRemove={() => removeStep(step.id)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          id={editorFieldId('steps')}
          onClick={addStep}
          disabled={draft.steps.length >= routineLimits.steps.max}
          aria-invalid={stepsError ? true : undefined}
          aria-describedby={describedBy(editorFieldId('steps'), Boolean(stepsError))}
        >
          {t('editor.addStep')}
        </button>
        <FieldError fieldId={editorFieldId('steps')} message={stepsError} />
      </section>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('editor.save')}
        </button>
        <button type="button" onClick={() => navigateTo('routines')}>
          {t('editor.cancel')}
        </button>
      </div>
      <FormProblems summary={summary} failure={failure} />
    </form>
  )
}
