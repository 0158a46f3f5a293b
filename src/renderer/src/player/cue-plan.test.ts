import { describe, expect, it } from 'vitest'
import { decideCues, type CueMoment } from './cue-plan'

const moment = (change: Partial<CueMoment> = {}): CueMoment => ({
  sessionId: 's1',
  segmentIndex: 0,
  phase: 'work',
  secondsLeft: 24,
  running: true,
  finished: false,
  ...change
})

/** Feeds paints through decideCues as the player does, collecting every cue. */
function play(moments: readonly CueMoment[]): string[] {
  let previous: CueMoment | null = null
  const played: string[] = []
  for (const current of moments) {
    const { cues, remembered } = decideCues(previous, current)
    previous = remembered
    for (const cue of cues) {
      played.push(
        cue.kind === 'countdown' ? `countdown ${cue.seconds}` : cue.kind === 'segment' ? `segment ${cue.phase}` : 'done'
      )
    }
  }
  return played
}

describe('player cues', () => {
  it('announces the first segment when the player opens on a running session', () => {
    expect(play([moment()])).toEqual(['segment work'])
  })

  it('beeps 3, 2, 1 at the end of a work segment, once each however often the page repaints', () => {
    const paints = [24, 4, 3, 3, 3, 2, 2, 1, 1].map((secondsLeft) => moment({ secondsLeft }))
    expect(play(paints)).toEqual(['segment work', 'countdown 3', 'countdown 2', 'countdown 1'])
  })

  it('plays the switch-sides cue when that segment begins, with no countdown of its own', () => {
    const paints = [
      moment({ secondsLeft: 1 }),
      moment({ segmentIndex: 1, phase: 'switch-sides', secondsLeft: 5 }),
      moment({ segmentIndex: 1, phase: 'switch-sides', secondsLeft: 2 })
    ]
    expect(play(paints)).toEqual(['segment work', 'countdown 1', 'segment switch-sides'])
  })

  it('cues where a late page is now instead of replaying the seconds it slept through', () => {
    const paints = [moment({ secondsLeft: 20 }), moment({ segmentIndex: 3, secondsLeft: 2 })]
    expect(play(paints)).toEqual(['segment work', 'segment work', 'countdown 2'])
  })

  it('stays quiet while paused and does not repeat the second it was paused in', () => {
    const paints = [moment({ secondsLeft: 3 }), moment({ secondsLeft: 3, running: false }), moment({ secondsLeft: 3 })]
    expect(play(paints)).toEqual(['segment work', 'countdown 3'])
  })

  it('announces a segment skipped to while paused once the routine resumes', () => {
    const paints = [moment(), moment({ segmentIndex: 1, running: false }), moment({ segmentIndex: 1 })]
    expect(play(paints)).toEqual(['segment work', 'segment work'])
  })

  it('announces the segment again when Back restarts it', () => {
    expect(play([moment({ secondsLeft: 10 }), moment({ secondsLeft: 24 })])).toEqual(['segment work', 'segment work'])
  })

  it('plays "done" once when the routine finishes, and not for a session that was already finished', () => {
    const finished = moment({ segmentIndex: 9, secondsLeft: 0, finished: true, running: false })
    expect(play([moment({ segmentIndex: 9, secondsLeft: 1 }), finished, finished])).toEqual([
      'segment work',
      'countdown 1',
      'done'
    ])
    expect(play([finished])).toEqual([])
  })

  it('starts over for a new session', () => {
    expect(play([moment({ secondsLeft: 5 }), moment({ sessionId: 's2', secondsLeft: 5 })])).toEqual([
      'segment work',
      'segment work'
    ])
  })
})
