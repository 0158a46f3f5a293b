import type { Routine, RoutineStep } from './routine'

/** Source ids (sources.ts), named once so a typo fails to compile rather than to resolve. */
const src = {
  mayoCramp: 'mayo-muscle-cramp',
  nhsCramps: 'nhs-leg-cramps',
  nidirectCramps: 'nidirect-leg-cramps',
  aaos: 'aaos-cramps',
  mayoWarmUp: 'mayo-warm-up-cool-down',
  nhsWarmUp: 'nhs-warm-up',
  nhsInform: 'nhs-inform-warm-up',
  acsmStretching: 'acsm-stretching',
  mayoStretching: 'mayo-stretching',
  /** Not a source: a move no organisation or paper we cite describes (sources.ts `commonPractice`). */
  commonPractice: 'common-practice'
} as const

/** A step with the common defaults: done once, on no particular side, no rest. */
const step = (
  fields: Pick<RoutineStep, 'id' | 'name' | 'instructions' | 'kind' | 'sourceIds'> & Partial<RoutineStep>
) => ({ sides: 'none', sets: 1, restSeconds: 0, ...fields }) satisfies RoutineStep

// ── Warm-up steps ────────────────────────────────────────────────────────────

const briskWalk = (durationSeconds: number) =>
  step({
    id: 'brisk-walk',
    name: 'Brisk walk or easy jog',
    instructions:
      'Walk briskly, or jog very gently, so your breathing picks up a little. You should still be able to talk.',
    kind: 'cardio',
    durationSeconds,
    sourceIds: [src.mayoWarmUp, src.nhsWarmUp, src.nhsInform]
  })

const legSwings = (reps: number, sets: number) =>
  step({
    id: 'leg-swings',
    name: 'Leg swings',
    instructions:
      'Hold a wall or post for balance and swing one leg forward and back, letting the range grow a little each time. Keep the movement smooth and relaxed.',
    kind: 'reps',
    reps,
    secondsPerRep: 2,
    sides: 'both',
    sets,
    restSeconds: sets > 1 ? 10 : 0,
    sourceIds: [src.commonPractice]
  })

const walkingLunges = step({
  id: 'walking-lunges',
  name: 'Walking lunges',
  instructions:
    'Step forward and lower the back knee towards the ground, front knee over the ankle, then push up into the next step. Go only as deep as feels comfortable.',
  kind: 'reps',
  reps: 10,
  secondsPerRep: 3,
  sides: 'both',
  sourceIds: [src.nhsInform]
})

const highKnees = (sets: number) =>
  step({
    id: 'high-knees',
    name: 'High knees',
    instructions: 'Jog on the spot, lifting each knee towards hip height. Stay light on your feet.',
    kind: 'movement',
    durationSeconds: 30,
    sets,
    restSeconds: sets > 1 ? 15 : 0,
    sourceIds: [src.nhsWarmUp, src.nhsInform]
  })

const buttKicks = (sets: number) =>
  step({
    id: 'butt-kicks',
    name: 'Butt kicks',
    instructions: 'Jog on the spot, bringing each heel up towards your bottom. Keep the pace easy.',
    kind: 'movement',
    durationSeconds: 30,
    sets,
    restSeconds: sets > 1 ? 15 : 0,
    sourceIds: [src.commonPractice]
  })

// ── Cool-down steps ──────────────────────────────────────────────────────────

const stretchCue = 'Ease in until you feel mild tightness, never pain, and stay still: no bouncing.'

const easyWalk = (durationSeconds: number) =>
  step({
    id: 'easy-walk',
    name: 'Easy walk',
    instructions: 'Slow to a relaxed walk and let your breathing and heart rate settle.',
    kind: 'cardio',
    durationSeconds,
    sourceIds: [src.mayoWarmUp, src.nhsInform]
  })

const standingHamstringStretch = (sets: number) =>
  step({
    id: 'standing-hamstring-stretch',
    name: 'Standing hamstring stretch',
    instructions: `Rest one heel on a low step or kerb with that leg straight, then tip your upper body forward from the hips, back long. ${stretchCue}`,
    kind: 'hold',
    durationSeconds: 30,
    sides: 'both',
    sets,
    restSeconds: 10,
    sourceIds: [src.acsmStretching, src.mayoStretching]
  })

const seatedHamstringStretch = (sets: number) =>
  step({
    id: 'seated-hamstring-stretch',
    name: 'Seated hamstring stretch',
    instructions: `Sit with one leg out straight in front of you and fold forward from the hips with a long, flat back. ${stretchCue}`,
    kind: 'hold',
    durationSeconds: 30,
    sides: 'both',
    sets,
    restSeconds: 10,
    sourceIds: [src.acsmStretching, src.mayoStretching]
  })

const foamRoll = step({
  id: 'foam-roll',
  name: 'Foam roll the back of the thigh',
  instructions:
    'Sit with the back of one thigh resting on a foam roller and roll slowly from just above the knee up to the buttock. Ease off any spot that feels sharp.',
  kind: 'movement',
  durationSeconds: 45,
  sides: 'both',
  sourceIds: [src.commonPractice]
})

// ── Cramp relief steps ───────────────────────────────────────────────────────

const stopMoving = (durationSeconds: number) =>
  step({
    id: 'stop',
    name: 'Stop and ease off',
    instructions: 'Stop running or whatever you are doing. Stand or sit somewhere steady and breathe slowly.',
    kind: 'rest',
    durationSeconds,
    sourceIds: [src.aaos]
  })

// Not an interval: the stretch is held for as long as the cramp needs, and ends with "It's easing".
const reliefStretch = step({
  id: 'gentle-stretch',
  name: 'Gentle stretch',
  instructions:
    'Stretch the cramped leg gently: heel on a low step with the leg straight, hinging at the hips, or sitting with the leg out and leaning forward. Hold until the cramp lets go, never forcing it.',
  kind: 'hold',
  timing: 'until-eased',
  durationSeconds: 30,
  sourceIds: [src.aaos, src.mayoCramp]
})

const massage = (durationSeconds: number) =>
  step({
    id: 'massage',
    name: 'Massage the muscle',
    instructions:
      'Rub the back of the thigh with your fingertips in small circles, or roll it slowly over a foam roller. Firm but comfortable pressure.',
    kind: 'movement',
    durationSeconds,
    sourceIds: [src.aaos, src.mayoCramp]
  })

const warmth = step({
  id: 'warm-the-muscle',
  name: 'Warm the muscle',
  instructions: 'If the muscle still feels tight, hold something warm against it, such as a warm towel or a heat pad.',
  kind: 'rest',
  // A suggestion with a timer to follow or ignore: warmth helps some people, and nobody should wait on a countdown.
  timing: 'suggestion',
  durationSeconds: 60,
  sourceIds: [src.aaos, src.mayoCramp]
})

const aftercare = (id: string, name: string, instructions: string) =>
  step({
    id,
    name,
    instructions,
    kind: 'rest',
    timing: 'suggestion',
    durationSeconds: 15,
    sourceIds: [src.aaos, src.mayoCramp]
  })

const reliefSafetyNote =
  'See a doctor or physiotherapist if cramps keep coming back, are severe, or get in the way of daily life or sleep; ' +
  'if they come with swelling, redness or changes to the skin of the leg, or with weakness, numbness or tingling; ' +
  'or if they do not get better with self-care. Get urgent help if a cramp lasts more than 10 minutes and does not ease.'

const warmUpSources = [src.mayoWarmUp, src.nhsWarmUp, src.nhsInform, src.commonPractice]
const coolDownSources = [src.mayoWarmUp, src.nhsInform, src.acsmStretching, src.mayoStretching]
const reliefSources = [src.aaos, src.mayoCramp, src.nhsCramps, src.nidirectCramps]

/** The routines that ship with Limber; their ids are fixed because settings and reminders refer to them. */
export const builtInRoutines: readonly Routine[] = [
  {
    id: 'warm-up',
    name: 'Pre-run warm-up',
    purpose: 'warm-up',
    description: 'About ten minutes of walking and dynamic moves to get your legs ready before a run.',
    builtIn: true,
    steps: [briskWalk(300), legSwings(12, 2), walkingLunges, highKnees(2), buttKicks(2)],
    sourceIds: warmUpSources
  },
  {
    id: 'warm-up-short',
    name: 'Quick 5-minute warm-up',
    purpose: 'warm-up',
    description: 'A shorter warm-up for days when time is tight. The full one gives your legs longer to get going.',
    builtIn: true,
    steps: [briskWalk(120), legSwings(10, 1), walkingLunges, highKnees(1), buttKicks(1)],
    sourceIds: warmUpSources
  },
  {
    id: 'cool-down',
    name: 'Post-workout cool-down',
    purpose: 'cool-down',
    description: 'An easy walk, held hamstring stretches and some foam rolling to help your legs settle after a run.',
    builtIn: true,
    steps: [easyWalk(300), standingHamstringStretch(3), seatedHamstringStretch(2), foamRoll],
    sourceIds: [...coolDownSources, src.commonPractice]
  },
  {
    id: 'cool-down-short',
    name: 'Quick cool-down',
    purpose: 'cool-down',
    description: 'A short walk and two hamstring stretches for when you only have a few minutes.',
    builtIn: true,
    steps: [easyWalk(90), standingHamstringStretch(2), seatedHamstringStretch(1)],
    sourceIds: coolDownSources
  },
  {
    id: 'cramp-relief',
    name: 'Cramp relief',
    purpose: 'relief',
    description: 'Steps to ease a hamstring cramp as it happens: stop, stretch gently, massage and warm the muscle.',
    builtIn: true,
    steps: [
      stopMoving(15),
      reliefStretch,
      massage(60),
      warmth,
      aftercare(
        'ice-later',
        'Later: ice if sore',
        'Once the cramp has passed, a cold pack wrapped in a cloth can help if the muscle is sore afterwards.'
      )
    ],
    safetyNote: reliefSafetyNote,
    sourceIds: reliefSources
  },
  {
    id: 'cramp-relief-short',
    name: 'Cramp relief — quick',
    purpose: 'relief',
    description: 'The essentials for a cramp in about two minutes: stop, stretch gently and massage.',
    builtIn: true,
    steps: [
      stopMoving(10),
      reliefStretch,
      massage(30),
      aftercare(
        'afterwards',
        'Afterwards: warmth or ice',
        'Afterwards, warmth helps if the muscle still feels tight; a wrapped cold pack helps if it feels sore.'
      )
    ],
    safetyNote: reliefSafetyNote,
    sourceIds: reliefSources
  }
]

const routinesById = new Map(builtInRoutines.map((routine) => [routine.id, routine]))

/** The built-in routine with this id, or undefined. */
export function builtInRoutine(id: string): Routine | undefined {
  return routinesById.get(id)
}
