/**
 * When the cramp log should suggest seeing a professional. The thresholds live here, in one place,
 * with their sources (CONTENT.md); the wording the person sees is in the window's strings and never
 * names a condition: it says what was noticed and that it is worth having it looked at.
 */
import type { CrampEntry, CrampSymptom } from '../journal/cramps'
import { localDateKey } from '../time/local-date'

/** The rule thresholds and where each comes from. */
export const warningRules = {
  /** A cramp lasting longer than this (nidirect: urgent help if over 10 minutes and not easing). */
  longCrampMinutes: 10,
  /** Cramps on this many different days… (Mayo Clinic, NHS: cramps that come often) */
  frequentDays: 3,
  /** …within this many days. */
  frequentWindowDays: 7,
  /** Night cramps on this many nights in a row (NHS, nidirect: cramps that disturb sleep). */
  nightsInARow: 3
} as const

/** The kinds of warning sign, each with the sources of its rule (ids in sources.ts). */
export const warningKinds = {
  /** Swelling, redness or skin changes, weakness, numbness, or a cramp that did not ease (Mayo Clinic; NHS). */
  symptoms: ['mayo-muscle-cramp', 'nhs-leg-cramps'],
  /** Longer than `longCrampMinutes`. */
  long: ['nidirect-leg-cramps'],
  /** Cramps on `frequentDays` days within `frequentWindowDays`. */
  frequent: ['mayo-muscle-cramp', 'nhs-leg-cramps'],
  /** Night cramps on `nightsInARow` nights in a row. */
  nights: ['nhs-leg-cramps', 'nidirect-leg-cramps'],
  /** A cramp that woke the person or kept them awake. */
  sleep: ['nhs-leg-cramps', 'nidirect-leg-cramps']
} as const satisfies Record<string, readonly string[]>

/** A kind of warning sign. */
export type WarningKind = keyof typeof warningKinds

/** One reason to suggest seeing a professional, raised once per trigger (its id is stable). */
export interface WarningSign {
  /** Stable across recomputation: `symptoms:<crampId>`, `frequent:<first date>`, … */
  readonly id: string
  readonly kind: WarningKind
  /** When the cramp that raised it started (for runs of days: the cramp that completed the run). */
  readonly raisedAtMs: number
  /** The cramps behind it. */
  readonly crampIds: readonly string[]
  /** For `symptoms`: which signs were logged. */
  readonly symptoms: readonly CrampSymptom[]
  /** For `frequent` and `nights`: the local dates (`YYYY-MM-DD`) involved. */
  readonly dates: readonly string[]
  /** For `long`: how long the cramp lasted. */
  readonly durationMinutes?: number
  /** Source ids (sources.ts) of the rule. */
  readonly sourceIds: readonly string[]
}

const DAY_NUMBER_MS = 86_400_000

/** A local date key's day number (days since 1970-01-01 on the calendar; DST cannot shift it). */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_NUMBER_MS)
}

/** The night a cramp belongs to: one at 03:00 on Tuesday happened in Monday's night. */
function nightOf(startedAtMs: number): string {
  const at = new Date(startedAtMs)
  return localDateKey(new Date(at.getFullYear(), at.getMonth(), at.getDate(), at.getHours() - 12))
}

/** Signs raised by a single cramp: what came with it, how long it lasted, whether it broke sleep. */
function singleCrampSigns(cramp: CrampEntry): WarningSign[] {
  const base = { raisedAtMs: cramp.startedAtMs, crampIds: [cramp.id], symptoms: [], dates: [] }
  const signs: WarningSign[] = []
  if (cramp.symptoms.length > 0) {
    signs.push({
      ...base,
      id: `symptoms:${cramp.id}`,
      kind: 'symptoms',
      symptoms: cramp.symptoms,
      sourceIds: warningKinds.symptoms
    })
  }
  if (cramp.durationMinutes > warningRules.longCrampMinutes) {
    signs.push({
      ...base,
      id: `long:${cramp.id}`,
      kind: 'long',
      durationMinutes: cramp.durationMinutes,
      sourceIds: warningKinds.long
    })
  }
  if (cramp.disturbedSleep) {
    signs.push({ ...base, id: `sleep:${cramp.id}`, kind: 'sleep', sourceIds: warningKinds.sleep })
  }
  return signs
}

/**
 * Cramps on `frequentDays` different days within any `frequentWindowDays`: one sign per spell (a spell
 * goes on while qualifying days keep coming within the window), named after the day it began.
 */
function frequentSigns(cramps: readonly CrampEntry[]): WarningSign[] {
  const byDate = new Map<string, CrampEntry[]>()
  for (const cramp of cramps) {
    const date = localDateKey(new Date(cramp.startedAtMs))
    const onDate = byDate.get(date)
    if (onDate) onDate.push(cramp)
    else byDate.set(date, [cramp])
  }
  const dates = [...byDate.keys()].sort()
  const days = dates.map(dayNumber)
  const signs: WarningSign[] = []
  let lastQualifying: number | null = null
  // A sliding window over the sorted days: `first` is the oldest day still within the window.
  let first = 0
  for (const [index, date] of dates.entries()) {
    const today = days[index] ?? 0
    while ((days[first] ?? today) <= today - warningRules.frequentWindowDays) first += 1
    if (index - first + 1 < warningRules.frequentDays) continue
    const newSpell = lastQualifying === null || today - lastQualifying >= warningRules.frequentWindowDays
    lastQualifying = today
    if (!newSpell) continue
    const inWindow = dates.slice(first, index + 1)
    const windowCramps = inWindow.flatMap((other) => byDate.get(other) ?? [])
    signs.push({
      id: `frequent:${date}`,
      kind: 'frequent',
      raisedAtMs: (byDate.get(date) ?? [])[0]?.startedAtMs ?? 0,
      crampIds: windowCramps.map((cramp) => cramp.id),
      symptoms: [],
      dates: inWindow,
      sourceIds: warningKinds.frequent
    })
  }
  return signs
}

/** Night cramps on `nightsInARow` nights in a row: one sign per run, named after its first night. */
function nightSigns(cramps: readonly CrampEntry[]): WarningSign[] {
  const byNight = new Map<string, CrampEntry[]>()
  for (const cramp of cramps.filter((candidate) => candidate.context === 'at-night')) {
    const night = nightOf(cramp.startedAtMs)
    const onNight = byNight.get(night)
    if (onNight) onNight.push(cramp)
    else byNight.set(night, [cramp])
  }
  const nights = [...byNight.keys()].sort()
  const runs: string[][] = []
  for (const night of nights) {
    const run = runs.at(-1)
    const previous = run?.at(-1)
    if (run && previous !== undefined && dayNumber(night) - dayNumber(previous) === 1) run.push(night)
    else runs.push([night])
  }
  return runs
    .filter((run) => run.length >= warningRules.nightsInARow)
    .map((run) => {
      const runCramps = run.flatMap((night) => byNight.get(night) ?? [])
      const completing = byNight.get(run[warningRules.nightsInARow - 1] ?? '') ?? []
      return {
        id: `nights:${run[0]}`,
        kind: 'nights',
        raisedAtMs: completing[0]?.startedAtMs ?? 0,
        crampIds: runCramps.map((cramp) => cramp.id),
        symptoms: [],
        dates: run,
        sourceIds: warningKinds.nights
      }
    })
}

/** Every warning sign the logged cramps raise, oldest first. Ids are stable, so each is shown once. */
export function warningSigns(cramps: readonly CrampEntry[]): WarningSign[] {
  const sorted = [...cramps].sort((a, b) => a.startedAtMs - b.startedAtMs)
  return [...sorted.flatMap(singleCrampSigns), ...frequentSigns(sorted), ...nightSigns(sorted)].sort(
    (a, b) => a.raisedAtMs - b.raisedAtMs
  )
}
