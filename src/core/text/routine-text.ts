import type { Routine, RoutineStep } from '../routines/routine'
import { catalogues, textLanguage, type TextLanguage } from './catalogue'

type RoutineWords = { readonly name: string; readonly description: string }
type StepWords = { readonly name: string; readonly instructions: string }

const languages = Object.keys(catalogues) as TextLanguage[]
const routineWords = (language: TextLanguage, id: string): RoutineWords | undefined =>
  (catalogues[language].routines.routine as Readonly<Record<string, RoutineWords>>)[id]
const stepWords = (language: TextLanguage, id: string): StepWords | undefined =>
  (catalogues[language].routines.step as Readonly<Record<string, StepWords>>)[id]

/**
 * A field in `language` when it still reads as Limber shipped it (in any language: an edit saved while Limber
 * spoke German keeps the German words it did not change); a field the person wrote stays exactly as written.
 */
function shippedOr(current: string, shipped: (language: TextLanguage) => string | undefined, language: TextLanguage) {
  return languages.some((candidate) => shipped(candidate) === current) ? (shipped(language) ?? current) : current
}

function localizeStep(step: RoutineStep, language: TextLanguage): RoutineStep {
  const words = (candidate: TextLanguage): StepWords | undefined => stepWords(candidate, step.id)
  if (!words('en')) return step
  return {
    ...step,
    name: shippedOr(step.name, (candidate) => words(candidate)?.name, language),
    instructions: shippedOr(step.instructions, (candidate) => words(candidate)?.instructions, language)
  }
}

/**
 * A routine in the words of `locale`: a built-in's name, description, steps and safety note (also in an edit or a
 * copy of one, wherever they were left as shipped) come from the catalogue. Ids and what is stored never change.
 */
export function localizeRoutine(routine: Routine, locale: string | undefined): Routine {
  const language = textLanguage(locale)
  const id = routine.basedOn ?? routine.id
  const words = (candidate: TextLanguage): RoutineWords | undefined => routineWords(candidate, id)
  const safetyNote = routine.safetyNote
  return {
    ...routine,
    name: shippedOr(routine.name, (candidate) => words(candidate)?.name, language),
    description: shippedOr(routine.description, (candidate) => words(candidate)?.description, language),
    ...(safetyNote === undefined
      ? {}
      : {
          safetyNote: shippedOr(safetyNote, (candidate) => catalogues[candidate].routines.safetyNote.relief, language)
        }),
    steps: routine.steps.map((step) => localizeStep(step, language))
  }
}

/** A routine name as it was recorded (a journal entry's), in the words of `locale` when it is a built-in's. */
export function localizeRoutineName(routineId: string, name: string, locale: string | undefined): string {
  return shippedOr(name, (candidate) => routineWords(candidate, routineId)?.name, textLanguage(locale))
}
