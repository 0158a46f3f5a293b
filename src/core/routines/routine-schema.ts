import { z } from 'zod'
import { routineLimits, routinePurposes, stepKinds, stepTimings, type Routine } from './routine'
import { stepPictureIds } from './step-pictures'

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use lowercase letters, digits and dashes')
const text = (max: number) => z.string().trim().max(max)
const int = ({ min, max }: { readonly min: number; readonly max: number }) => z.number().int().min(min).max(max)

/** One step, with the fields its kind needs and none it does not. */
export const RoutineStepSchema = z
  .object({
    id,
    name: text(routineLimits.nameLength.max).min(routineLimits.nameLength.min, 'Give the step a name'),
    instructions: text(routineLimits.instructionsLength.max),
    kind: z.enum(stepKinds),
    durationSeconds: int(routineLimits.durationSeconds).optional(),
    reps: int(routineLimits.reps).optional(),
    secondsPerRep: int(routineLimits.secondsPerRep).optional(),
    sides: z.enum(['none', 'both']),
    sets: int(routineLimits.sets),
    restSeconds: int(routineLimits.restSeconds),
    sourceIds: z.array(id).max(10),
    picture: z.enum([...stepPictureIds, 'none']).optional(),
    timing: z.enum(stepTimings).optional()
  })
  .strict()
  .superRefine((step, context) => {
    if (step.kind === 'reps') {
      if (step.reps === undefined)
        context.addIssue({ code: 'custom', path: ['reps'], message: 'Say how many repetitions' })
      if (step.secondsPerRep === undefined) {
        context.addIssue({ code: 'custom', path: ['secondsPerRep'], message: 'Say how long one repetition takes' })
      }
    } else if (step.durationSeconds === undefined) {
      context.addIssue({ code: 'custom', path: ['durationSeconds'], message: 'Say how long the step lasts' })
    }
  })

/** A whole routine. */
export const RoutineSchema = z
  .object({
    id,
    name: text(routineLimits.nameLength.max).min(routineLimits.nameLength.min, 'Give the routine a name'),
    purpose: z.enum(routinePurposes),
    description: text(routineLimits.instructionsLength.max),
    builtIn: z.boolean(),
    basedOn: id.optional(),
    steps: z
      .array(RoutineStepSchema)
      .min(routineLimits.steps.min, 'A routine needs at least one step')
      .max(routineLimits.steps.max),
    safetyNote: text(routineLimits.instructionsLength.max).optional(),
    sourceIds: z.array(id).max(20)
  })
  .strict()
  .superRefine((routine, context) => {
    const seen = new Set<string>()
    routine.steps.forEach((step, index) => {
      if (seen.has(step.id))
        context.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: 'Step ids must be unique' })
      seen.add(step.id)
    })
  }) satisfies z.ZodType<Routine>
