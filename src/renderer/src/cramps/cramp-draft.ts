import type { CallInput, InputIssue } from '../../../contract/contract'
import {
  crampContexts,
  crampLegs,
  crampLimits,
  crampLocations,
  crampSymptoms,
  type CrampReport
} from '../../../core/journal/cramps'
import { numberFormat, userLocale } from '../format/number-format'
import { t } from '../i18n/i18n'
import '../i18n/cramp-strings'

/** Which leg cramped. */
export type CrampLeg = CrampReport['leg']
/** Where in the leg. */
export type CrampLocation = CrampReport['location']
/** What the person was doing. */
export type CrampContext = CrampReport['context']
/** A sign that came with the cramp. */
export type CrampSymptom = CrampReport['symptoms'][number]

/** The "Log a cramp" form while it is being filled in; an unanswered choice is "". */
export interface CrampDraft {
  /** `YYYY-MM-DDTHH:MM` in local time, as a datetime-local input gives it. */
  readonly startedAt: string
  readonly leg: CrampLeg | ''
  readonly location: CrampLocation | ''
  readonly severity: number | null
  readonly durationText: string
  readonly context: CrampContext | ''
  readonly symptoms: readonly CrampSymptom[]
  readonly disturbedSleep: boolean
}

/** Every place a cramp-form error is shown, in form order (also the report's field names). */
export const crampFieldKeys = [
  'startedAtMs',
  'leg',
  'location',
  'severity',
  'durationMinutes',
  'context',
  'symptoms'
] as const
/** One place a cramp-form error is shown. */
export type CrampFieldKey = (typeof crampFieldKeys)[number]

/** The DOM id of a field or choice group ("cramp-leg"); a group's id focuses its first input. */
export const crampFieldId = (key: CrampFieldKey): string => `cramp-${key}`

const pad = (value: number): string => String(value).padStart(2, '0')

/** An instant as a datetime-local value in local time, to the minute ("2026-05-03T07:10"). */
export function toLocalInputValue(atMs: number): string {
  const at = new Date(atMs)
  const date = `${String(at.getFullYear()).padStart(4, '0')}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  return `${date}T${pad(at.getHours())}:${pad(at.getMinutes())}`
}

const localInputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/

/** A datetime-local value read as local time, in epoch ms; null for text that is not a real date and time. */
export function fromLocalInputValue(text: string): number | null {
  const match = localInputPattern.exec(text.trim())
  if (!match) return null
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  if (hours > 23 || minutes > 59 || seconds > 59) return null
  const at = new Date(year, month - 1, day, hours, minutes, seconds)
  // Rejects dates that roll over ("2026-02-30"); a time skipped by a clock change moves forward, as the input does.
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day) return null
  return at.getTime()
}

/** Minutes as typed, such as "1.5", " 2 " or "2,5"; null when it is not a number. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '' || !/^\d*\.?\d*$/.test(trimmed) || trimmed === '.') return null
  const minutes = Number(trimmed)
  return Number.isFinite(minutes) ? minutes : null
}

/** A blank form: started now, nothing chosen yet. */
export const emptyCrampDraft = (nowMs: number): CrampDraft => ({
  startedAt: toLocalInputValue(nowMs),
  leg: '',
  location: '',
  severity: null,
  durationText: '',
  context: '',
  symptoms: [],
  disturbedSleep: false
})

/** Adds or removes a sign, keeping them in the catalogue's order. */
export function withSymptom(draft: CrampDraft, symptom: CrampSymptom, on: boolean): CrampDraft {
  const chosen = new Set(draft.symptoms)
  if (on) chosen.add(symptom)
  else chosen.delete(symptom)
  return { ...draft, symptoms: crampSymptoms.filter((each) => chosen.has(each)) }
}

/**
 * The report to send. What could not be read goes as typed (or empty), so the service refuses it
 * with an issue naming the field instead of logging something else.
 */
export function crampToReport(draft: CrampDraft): CallInput<'logCramp'>['cramp'] {
  const startedAtMs = fromLocalInputValue(draft.startedAt)
  const minutes = parseMinutes(draft.durationText)
  return {
    startedAtMs: (startedAtMs ?? draft.startedAt) as number,
    leg: draft.leg as CrampLeg,
    location: draft.location as CrampLocation,
    severity: (draft.severity ?? '') as number,
    durationMinutes: (minutes ?? draft.durationText.trim()) as number,
    context: draft.context as CrampContext,
    symptoms: [...draft.symptoms],
    disturbedSleep: draft.disturbedSleep
  }
}

/** The UX pre-check against crampLimits, in form order; the service still checks everything (and the dates). */
export function checkCrampDraft(draft: CrampDraft): CrampFieldKey[] {
  const invalid = new Set<CrampFieldKey>()
  const startedAtMs = fromLocalInputValue(draft.startedAt)
  if (startedAtMs === null || startedAtMs < 0) invalid.add('startedAtMs')
  if (!(crampLegs as readonly string[]).includes(draft.leg)) invalid.add('leg')
  if (!(crampLocations as readonly string[]).includes(draft.location)) invalid.add('location')
  const { severity, durationMinutes } = crampLimits
  if (draft.severity === null || !Number.isInteger(draft.severity)) invalid.add('severity')
  else if (draft.severity < severity.min || draft.severity > severity.max) invalid.add('severity')
  const minutes = parseMinutes(draft.durationText)
  if (minutes === null || minutes < durationMinutes.min || minutes > durationMinutes.max) invalid.add('durationMinutes')
  if (!(crampContexts as readonly string[]).includes(draft.context)) invalid.add('context')
  if (draft.symptoms.some((each) => !crampSymptoms.includes(each))) invalid.add('symptoms')
  return crampFieldKeys.filter((key) => invalid.has(key))
}

/** Where a service issue belongs: "cramp.durationMinutes" is the duration field, "cramp.symptoms.2" the signs. */
export function crampKeyOfIssue(issue: InputIssue): CrampFieldKey | null {
  const [root, field] = issue.field.split('.')
  if (root !== 'cramp' || field === undefined) return null
  return (crampFieldKeys as readonly string[]).includes(field) ? (field as CrampFieldKey) : null
}

/** Our own words for what is wrong with a field (the service's own message is shown for dates it refuses). */
export function crampErrorMessage(key: CrampFieldKey): string {
  const { severity, durationMinutes } = crampLimits
  switch (key) {
    case 'startedAtMs':
      return t('cramp.errors.startedAtMs', {
        example: new Intl.DateTimeFormat(userLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(2026, 4, 3, 7, 10)
        )
      })
    case 'severity':
      return t('cramp.errors.severity', { min: severity.min, max: severity.max })
    case 'durationMinutes':
      return t('cramp.errors.durationMinutes', {
        min: numberFormat({}).format(durationMinutes.min),
        max: numberFormat({}).format(durationMinutes.max)
      })
    default:
      return t(`cramp.errors.${key}`)
  }
}
