import { useEffect, useRef } from 'react'
import type { RoutineSession, SessionPosition } from '../../../core/routines/routine-session'
import { secondsLeft } from '../format/duration'
import { t, windowLanguage } from '../i18n/i18n'
import { decideCues, type CueMoment } from './cue-plan'
import { beepCountdown, beepDone, beepSwitchSides, setCueVolume, speak, stopSpeaking } from './cue-output'
import { segmentSpeech } from './session-text'
import '../i18n/routine-strings'

/** Which cues the person asked for (their settings). */
export interface CueChoices {
  readonly soundCues: boolean
  readonly spokenCues: boolean
  readonly cueVolumePercent: number
}

/** Plays sound and speech cues as the position changes from one paint to the next (see decideCues). */
export function useSessionCues(
  session: RoutineSession | null,
  position: SessionPosition | null,
  choices: CueChoices
): void {
  const previous = useRef<CueMoment | null>(null)

  useEffect(() => {
    if (session === null || position === null) {
      previous.current = null
      return
    }
    const moment: CueMoment = {
      sessionId: session.id,
      segmentIndex: position.segmentIndex,
      phase: position.segment.phase,
      secondsLeft: secondsLeft(position.remainingInSegmentMs),
      running: session.status === 'running',
      finished: position.finished && session.status !== 'abandoned'
    }
    setCueVolume(choices.cueVolumePercent / 100)
    const { cues, remembered } = decideCues(previous.current, moment)
    previous.current = remembered
    for (const cue of cues) {
      if (cue.kind === 'countdown') {
        if (choices.soundCues) beepCountdown(cue.seconds)
      } else if (cue.kind === 'done') {
        if (choices.soundCues) beepDone()
        if (choices.spokenCues) speak(t('player.complete'), windowLanguage())
      } else {
        if (choices.soundCues && cue.phase === 'switch-sides') beepSwitchSides()
        if (choices.spokenCues) speak(segmentSpeech(session.routine, position.segment, position.next), windowLanguage())
      }
    }
  })

  useEffect(() => {
    if (!choices.spokenCues) stopSpeaking()
  }, [choices.spokenCues])

  useEffect(() => stopSpeaking, [])
}
