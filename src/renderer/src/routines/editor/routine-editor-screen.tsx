import { useState, type ReactNode } from 'react'
import type { Routine } from '../../../../core/routines/routine'
import { useTranslation } from '../../i18n/use-translation'
import { routeHref } from '../../shell/navigation'
import type { ScreenProps } from '../../shell/routes'
import { ScreenHeading } from '../../shell/screen-heading'
import { StateGate } from '../../shell/state-gate'
import { copyDraft, draftFromRoutine, randomIdSuffix, type RoutineDraft } from './routine-draft'
import { RoutineEditor } from './routine-editor'
import './editor.css'
import '../../i18n/routine-strings'

/** Opens the editor on a draft made from the routine the address names, once; or says it was not found. */
function EditorFor({
  routine,
  makeDraft
}: {
  readonly routine: Routine | undefined
  readonly makeDraft: (routine: Routine) => RoutineDraft
}): ReactNode {
  const t = useTranslation()
  // Made once: a copy keeps the same new id while it is edited.
  const [draft] = useState(() => (routine ? makeDraft(routine) : undefined))
  if (draft === undefined) {
    return (
      <>
        <p>{t('editor.notFound')}</p>
        <p>
          <a href={routeHref('routines')}>{t('editor.backToRoutines')}</a>
        </p>
      </>
    )
  }
  return <RoutineEditor initial={draft} />
}

/** Edit a routine in place (#/routines/edit/<id>); a built-in one keeps its id and can be reset later. */
export function EditRoutineScreen({ param }: ScreenProps): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('editor.editTitle')}</ScreenHeading>
      <StateGate>
        {(state) => (
          <EditorFor routine={state.routines.find((routine) => routine.id === param)} makeDraft={draftFromRoutine} />
        )}
      </StateGate>
    </>
  )
}

/** A new routine copied from another (#/routines/copy/<id>); nothing is stored until "Save routine". */
export function CopyRoutineScreen({ param }: ScreenProps): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('editor.copyTitle')}</ScreenHeading>
      <StateGate>
        {(state) => (
          <EditorFor
            routine={state.routines.find((routine) => routine.id === param)}
            makeDraft={(routine) => copyDraft(routine, randomIdSuffix())}
          />
        )}
      </StateGate>
    </>
  )
}
