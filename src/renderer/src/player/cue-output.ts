/** Web Audio beeps and speech for the player's cues; every function is a no-op where the browser lacks the API. */

let audio: AudioContext | undefined
/** The user's cue volume, 0…1 (Settings → cue volume). */
let volume = 0.8

/** Sets the loudness of beeps and speech, 0…1. */
export function setCueVolume(fraction: number): void {
  volume = Math.min(1, Math.max(0, fraction))
}

/** Creates the one AudioContext (or wakes it); call from a user gesture so autoplay rules let it sound. */
export function unlockAudio(): void {
  if (typeof AudioContext === 'undefined') return
  try {
    audio ??= new AudioContext()
    if (audio.state === 'suspended') void audio.resume()
  } catch {
    audio = undefined
  }
}

/** Short sine tones: each note is [frequency Hz, start offset s, length s]. */
function playNotes(notes: readonly (readonly [number, number, number])[]): void {
  unlockAudio()
  const context = audio
  if (!context || volume === 0) return
  // Full volume is the old fixed level; an exponential ramp cannot reach 0, hence the floor.
  const peak = Math.max(0.0002, 0.3 * volume)
  const start = context.currentTime + 0.02
  for (const [frequencyHz, offsetS, lengthS] of notes) {
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequencyHz
    // A quick fade in and out avoids clicks.
    gain.gain.setValueAtTime(0.0001, start + offsetS)
    gain.gain.exponentialRampToValueAtTime(peak, start + offsetS + 0.01)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offsetS + lengthS)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(start + offsetS)
    oscillator.stop(start + offsetS + lengthS + 0.02)
  }
}

/** One countdown beep; the last second is higher. */
export const beepCountdown = (seconds: number): void => playNotes([[seconds === 1 ? 1175 : 880, 0, 0.12]])

/** Two tones, high then low: switch sides. */
export const beepSwitchSides = (): void =>
  playNotes([
    [988, 0, 0.16],
    [659, 0.2, 0.22]
  ])

/** Three rising notes: the routine is done. */
export const beepDone = (): void =>
  playNotes([
    [523, 0, 0.16],
    [659, 0.18, 0.16],
    [784, 0.36, 0.3]
  ])

/** Speaks a short phrase, cutting off any phrase still being spoken. */
export function speak(text: string, lang: string): void {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return
  speechSynthesis.cancel()
  if (volume === 0) return
  const utterance = new SpeechSynthesisUtterance(text)
  utterance.lang = lang
  utterance.volume = volume
  speechSynthesis.speak(utterance)
}

/** Stops speech at once (when the player closes or cues are switched off). */
export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
}
