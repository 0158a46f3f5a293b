import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { stepPictureIds, stepPictureTraits, type StepPictureId } from '../../../core/routines/step-pictures'
import { altText } from './alt-text'
import { flipFrameCount } from './flipbook'
import { StepPicture, type StepPictureProps } from './step-picture'

const render = (props: StepPictureProps): string => renderToStaticMarkup(createElement(StepPicture, props))
const movements = stepPictureIds.filter((id) => stepPictureTraits[id].motion === 'movement')
const holds = stepPictureIds.filter((id) => stepPictureTraits[id].motion === 'hold')

describe('step pictures', () => {
  it('says what to do, naming the leg only for one-sided pictures', () => {
    expect(altText('leg-swings', 'left')).toBe('Hold a wall or post and swing your left leg forward and back')
    expect(altText('foam-roller', 'right')).toContain('the back of your right thigh')
    expect(altText('seated-hamstring-stretch', null)).toContain('Sit with one leg straight out')
    expect(altText('high-knees', 'right')).toBe(altText('high-knees', null))
  })

  it.each(stepPictureIds)('draws %s as a named image', (picture) => {
    const markup = render({ picture, side: 'left' })
    expect(markup).toMatch(/^<span[^>]* role="img"/)
    expect(markup).toContain(`aria-label="${altText(picture, 'left')}"`)
    expect(markup).toContain('<line')
    // One image: every frame inside it is hidden from assistive technology.
    expect(markup.match(/role="img"/g)).toHaveLength(1)
    expect(markup.match(/<svg/g)?.length).toBe(markup.match(/class="sp-frame[^"]*" aria-hidden="true"/g)?.length)
  })

  it('draws every picture differently', () => {
    const drawings = new Set(stepPictureIds.map((picture) => render({ picture, side: null, label: 'x' })))
    expect(drawings.size).toBe(stepPictureIds.length)
  })

  it('mirrors a one-sided picture for the right leg only', () => {
    const mirror = 'matrix(-1 0 0 1 100 0)'
    expect(render({ picture: 'leg-swings', side: 'right' })).toContain(mirror)
    expect(render({ picture: 'leg-swings', side: 'left' })).not.toContain(mirror)
    expect(render({ picture: 'leg-swings', side: null })).not.toContain(mirror)
    expect(render({ picture: 'walk', side: 'right' })).not.toContain(mirror)
  })

  it('loops movements unless asked for the still frame, and never moves a hold', () => {
    const moving = (picture: StepPictureId, still?: boolean) =>
      render({ picture, side: null, ...(still ? { still } : {}) }).includes('step-picture-moving')
    expect(movements.every((picture) => moving(picture))).toBe(true)
    expect(movements.some((picture) => moving(picture, true))).toBe(false)
    expect(holds.some((picture) => moving(picture))).toBe(false)
  })

  it('draws a movement as its still frame and a flipbook from one end pose to the other; a hold as one frame', () => {
    const frames = (markup: string) => [...markup.matchAll(/<span class="sp-frame ([^"]*)"[^>]*>(.*?)<\/span>/g)]
    const walk = frames(render({ picture: 'walk', side: null }))
    expect(walk.map(([, kind]) => kind)).toEqual(['sp-still', ...Array<string>(flipFrameCount(0.55)).fill('sp-flip')])
    // Every frame a different pose (the still frame is the last one's, as `walk` has no separate still angles).
    const poses = walk.map(([, , drawing]) => drawing)
    expect(new Set(poses.slice(1)).size).toBe(poses.length - 1)
    expect(poses[0]).toBe(poses[poses.length - 1])
    expect(frames(render({ picture: 'walk', side: null, still: true }))).toHaveLength(1)
    expect(holds.every((picture) => frames(render({ picture, side: null })).length === 1)).toBe(true)
  })

  it('takes a given name and size, or fills its container', () => {
    const thumb = render({ picture: 'walk', side: null, size: 44, still: true, label: 'Easy walk' })
    expect(thumb).toContain('aria-label="Easy walk"')
    expect(thumb).toMatch(/^<span[^>]* style="width:44px;height:44px"/)
    const fill = render({ picture: 'walk', side: null, size: 'fill' })
    expect(fill).toContain('step-picture-fill')
    expect(fill).not.toMatch(/^<span[^>]* style="[^"]*width/)
  })
})
