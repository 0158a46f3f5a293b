/**
 * Which parts of Limber's guidance, besides the routines, rest on which sources (ids in sources.ts), so the
 * Sources screen can say where each source is used.
 */
import { preventionSources, type PreventionSection } from './prevention'
import type { ReminderKind } from '../reminders/reminders'
import { warningKinds, type WarningKind } from './warning-signs'
import { patternThresholds } from '../activities/pattern-thresholds'
import { sweatRates } from '../activities/rehydration'

/** The reminders whose timing or wording follows a source. */
export const reminderSources = {
  /** Paced to a daily goal; urine colour and thirst as the check (Mayo Clinic). */
  hydration: ['mayo-water'],
  /** A drink about two hours before a workout (NATA 2000: 500–600 ml 2–3 h before; ACSM 2007: hours before). */
  'pre-workout-drink': ['nata-fluid-2000', 'acsm-fluid-2007'],
  /** Electrolytes before long or hot sessions, never plain water in excess (NATA 2017, ACSM 2007). */
  electrolytes: ['nata-fluid-2017', 'acsm-fluid-2007'],
  /** Warm up before, cool down after (Mayo Clinic, NHS). */
  'warm-up': ['mayo-warm-up-cool-down', 'nhs-warm-up'],
  'cool-down': ['mayo-warm-up-cool-down']
} as const satisfies Record<ReminderKind, readonly string[]>

/** The rules about recorded workouts that follow a source: the sweat estimate and each pattern threshold. */
export type ActivityRule = 'sweat-estimate' | keyof typeof patternThresholds

/** Which sources each activity rule rests on (the thresholds carry their own, see pattern-thresholds.ts). */
export const activityRuleSources: Readonly<Record<ActivityRule, readonly string[]>> = (() => {
  const table: Partial<Record<ActivityRule, readonly string[]>> = { 'sweat-estimate': [sweatRates.sourceId] }
  for (const key of Object.keys(patternThresholds) as (keyof typeof patternThresholds)[]) {
    table[key] = patternThresholds[key].sourceIds
  }
  return table as Record<ActivityRule, readonly string[]>
})()

/** The guidance outside the routines that cites a source. */
export interface GuidanceUses {
  readonly prevention: readonly PreventionSection[]
  readonly warnings: readonly WarningKind[]
  readonly reminders: readonly ReminderKind[]
  readonly activities: readonly ActivityRule[]
}

const citing = <K extends string>(table: Record<K, readonly string[]>, sourceId: string): K[] =>
  (Object.keys(table) as K[]).filter((key) => table[key].includes(sourceId))

/** The Prevention sections, warning signs, reminders and activity rules that cite `sourceId`, each in its own order. */
export function guidanceUsing(sourceId: string): GuidanceUses {
  return {
    prevention: citing(preventionSources, sourceId),
    warnings: citing(warningKinds, sourceId),
    reminders: citing(reminderSources, sourceId),
    activities: citing(activityRuleSources, sourceId)
  }
}
