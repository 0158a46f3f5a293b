import { useLayoutEffect, type RefObject } from 'react'
import { flipKeyframes } from './flipbook'

/**
 * Plays the flipbook frames (`.sp-flip`) inside `picture`, one swing every `periodSeconds` and back; null (a
 * still picture, or reduced motion) plays nothing. Web Animations rather than CSS ones: the page's animation-event
 * listeners (React listens for every event type) make the browser wake the page at each CSS animation iteration,
 * while these opacity animations run on the compositor alone: no script, style or paint per frame.
 */
export function useFlipbook(picture: RefObject<HTMLElement | null>, periodSeconds: number | null, key: string): void {
  useLayoutEffect(() => {
    const wrapper = picture.current
    if (periodSeconds === null || wrapper === null || typeof wrapper.animate !== 'function') return
    const frames = [...wrapper.querySelectorAll<HTMLElement>(':scope > .sp-flip')]
    const timing = { duration: periodSeconds * 1000, iterations: Infinity, direction: 'alternate' } as const
    // One start time for all, so exactly one frame shows at any moment.
    const startTime = document.timeline.currentTime
    const playing = frames.map((frame, index) => {
      const animation = frame.animate(flipKeyframes(index, frames.length), timing)
      if (startTime !== null) animation.startTime = startTime
      return animation
    })
    return () => {
      for (const animation of playing) animation.cancel()
    }
  }, [picture, periodSeconds, key])
}
