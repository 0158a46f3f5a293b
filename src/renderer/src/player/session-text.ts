import type { Routine, Side } from '../../../core/routines/routine'
import type { RoutineSession, Segment, SessionPosition } from '../../../core/routines/routine-session'
import { formatDuration, secondsLeft } from '../format/duration'
import { numberFormat } from '../format/number-format'
import { t } from '../i18n/i18n'
import '../i18n/routine-strings'

/** The countdown is announced (and beeped) in the last seconds of a work segment only. */
export const COUNTDOWN_SECONDS = 3

const count = (value: number): string => numberFormat({}).format(value)

/** "Left leg" / "Right leg", as a label on its own. */
export const sideLabel = (side: Side): string => t(`player.side.${side}`)

/** "left leg" / "right leg", inside a sentence. */
const sideInline = (side: Side): string => t(`player.sideInline.${side}`)

/** "Set 2 of 3". */
export const setOf = (set: number, sets: number): string => t('player.setOf', { set: count(set), sets: count(sets) })

/** The side the routine goes on to after a switch-sides pause (always the right leg, as segments run left first). */
export const sideAfterSwitch = (next: Segment | null): Side => next?.side ?? 'right'

/** What the compact views say about the side: "Left leg", "Rest", "Switch sides: Right leg", or nothing. */
export function compactSideText(position: SessionPosition): string {
  const { segment } = position
  if (segment.phase === 'switch-sides') return t('mini.switchTo', { side: sideLabel(sideAfterSwitch(position.next)) })
  if (segment.phase === 'rest') return t('player.rest')
  if (segment.phase === 'get-ready') return t('player.phase.get-ready')
  return segment.side ? sideLabel(segment.side) : ''
}

/** A segment in a few words: "Walking lunges (left leg)", "Leg swings (set 2 of 2, right leg)", "Switch sides", "Rest". */
export function segmentName(routine: Routine, segment: Segment): string {
  if (segment.phase === 'switch-sides') return t('player.switchSides')
  if (segment.phase === 'rest') return t('player.rest')
  if (segment.phase === 'get-ready') return t('player.phase.get-ready')
  const step = routine.steps[segment.stepIndex]
  if (step === undefined) return ''
  const details = [
    step.sets > 1 ? setOf(segment.set, step.sets).toLowerCase() : undefined,
    segment.side ? sideInline(segment.side) : undefined
  ].filter((part): part is string => part !== undefined)
  return details.length === 0
    ? step.name
    : t('player.nameWithDetails', { name: step.name, details: details.join(', ') })
}

/** The "next up" preview line. */
export function nextPreview(routine: Routine, next: Segment | null): string {
  return next === null ? t('player.nextNone') : t('player.next', { name: segmentName(routine, next) })
}

/** What a segment is, for speech and screen readers: "Leg swings, left leg". */
export function segmentSpeech(routine: Routine, segment: Segment, next: Segment | null): string {
  if (segment.phase === 'switch-sides') {
    return t('player.speech.switchSides', { side: sideInline(sideAfterSwitch(next)) })
  }
  if (segment.phase === 'rest') return t('player.rest')
  const name = routine.steps[segment.stepIndex]?.name ?? ''
  if (segment.phase === 'get-ready') {
    const what = segment.side ? t('player.speech.withSide', { name, side: sideInline(segment.side) }) : name
    return t('player.speech.getReady', { what })
  }
  return segment.side ? t('player.speech.withSide', { name, side: sideInline(segment.side) }) : name
}

/**
 * The text of the screen-reader live region. It changes only when a segment begins ("Leg swings, left leg,
 * 24 seconds") and in a work segment's last seconds ("3", "2", "1"), so it is never read out every second.
 */
export function liveAnnouncement(session: RoutineSession, position: SessionPosition): string {
  if (session.status === 'abandoned') return t('player.stoppedShort')
  if (position.finished) return t('player.complete')
  const left = secondsLeft(position.remainingInSegmentMs)
  if (
    position.segment.phase !== 'rest' &&
    position.segment.phase !== 'switch-sides' &&
    left <= COUNTDOWN_SECONDS &&
    left > 0
  ) {
    return count(left)
  }
  const setPart =
    position.segment.phase === 'work' && position.step.sets > 1
      ? `, ${setOf(position.segment.set, position.step.sets).toLowerCase()}`
      : ''
  return t('player.announce', {
    what: segmentSpeech(session.routine, position.segment, position.next) + setPart,
    duration: position.segment.optional
      ? t('player.optionalStep')
      : position.segment.openEnded
        ? t('player.holdUntilEased')
        : formatDuration(position.segment.durationMs, 'long')
  })
}

/** The share (0…1) of the routine's time covered at this position. */
export const doneFraction = (position: SessionPosition): number =>
  position.totalMs === 0 ? 0 : (position.totalMs - position.remainingTotalMs) / position.totalMs
