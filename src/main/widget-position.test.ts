import { describe, expect, it } from 'vitest'
import {
  clampToWorkArea,
  displayOf,
  noSavedPlacement,
  placeWidget,
  rememberPosition,
  savedPlacementFrom,
  WIDGET_MARGIN_PX,
  type DisplayArea
} from './widget-position'

const size = { width: 240, height: 260 }
// A 1920 × 1080 laptop screen with a 40 px task bar at the bottom, and a monitor to its right.
const laptop: DisplayArea = { id: '1', workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const monitor: DisplayArea = { id: '2', workArea: { x: 1920, y: 0, width: 2560, height: 1440 } }
const both = [laptop, monitor]

const isInside = (bounds: { x: number; y: number; width: number; height: number }, display: DisplayArea): boolean =>
  bounds.x >= display.workArea.x &&
  bounds.y >= display.workArea.y &&
  bounds.x + bounds.width <= display.workArea.x + display.workArea.width &&
  bounds.y + bounds.height <= display.workArea.y + display.workArea.height

describe('clampToWorkArea', () => {
  it('leaves bounds already inside alone', () => {
    const bounds = { x: 100, y: 200, ...size }
    expect(clampToWorkArea(bounds, laptop.workArea)).toEqual(bounds)
  })

  it('pulls bounds hanging off any edge back inside, the least distance, keeping the size', () => {
    expect(clampToWorkArea({ x: 1800, y: 900, ...size }, laptop.workArea)).toEqual({ x: 1680, y: 780, ...size })
    expect(clampToWorkArea({ x: -50, y: -10, ...size }, laptop.workArea)).toEqual({ x: 0, y: 0, ...size })
  })

  it('pins a widget larger than a tiny work area to its top-left, so the top stays reachable', () => {
    expect(clampToWorkArea({ x: 50, y: 50, ...size }, { x: 10, y: 20, width: 200, height: 200 })).toEqual({
      x: 10,
      y: 20,
      ...size
    })
  })
})

describe('placeWidget', () => {
  it('starts in the top-right corner of the primary work area, a margin in from the edges', () => {
    const bounds = placeWidget(noSavedPlacement, both, '1', size)
    expect(bounds).toEqual({ x: 1920 - 240 - WIDGET_MARGIN_PX, y: WIDGET_MARGIN_PX, ...size })
  })

  it('restores the saved spot on the display it was last on', () => {
    const saved = rememberPosition(noSavedPlacement, monitor, { x: 2000, y: 300, ...size })
    expect(placeWidget(saved, both, '1', size)).toEqual({ x: 2000, y: 300, ...size })
  })

  it('moves onto the primary display when the display it was on is gone', () => {
    const saved = rememberPosition(noSavedPlacement, monitor, { x: 3000, y: 300, ...size })
    const bounds = placeWidget(saved, [laptop], '1', size)
    expect(bounds).toEqual({ x: 1920 - 240 - WIDGET_MARGIN_PX, y: WIDGET_MARGIN_PX, ...size })
    expect(isInside(bounds, laptop)).toBe(true)
  })

  it("uses the primary display's own remembered spot when its display is gone, rather than the corner", () => {
    const onLaptop = rememberPosition(noSavedPlacement, laptop, { x: 40, y: 700, ...size })
    const saved = rememberPosition(onLaptop, monitor, { x: 3000, y: 300, ...size })
    expect(placeWidget(saved, [laptop], '1', size)).toEqual({ x: 40, y: 700, ...size })
  })

  it('clamps a spot left partly off-screen by a resolution change back inside', () => {
    const saved = rememberPosition(noSavedPlacement, monitor, { x: 1920 + 2200, y: 1100, ...size })
    // The monitor now runs at 1280 × 720: the old spot is past its right and bottom edges.
    const smaller: DisplayArea = { id: '2', workArea: { x: 1920, y: 0, width: 1280, height: 720 } }
    const bounds = placeWidget(saved, [laptop, smaller], '1', size)
    expect(bounds).toEqual({ x: 1920 + 1280 - 240, y: 720 - 260, ...size })
    expect(isInside(bounds, smaller)).toBe(true)
  })

  it('keeps the spot on its display when the displays are rearranged (offsets are from the work area)', () => {
    const saved = rememberPosition(noSavedPlacement, monitor, { x: 1920 + 100, y: 50, ...size })
    // The monitor moved to the left of the laptop.
    const movedLeft: DisplayArea = { id: '2', workArea: { x: -2560, y: 0, width: 2560, height: 1440 } }
    expect(placeWidget(saved, [laptop, movedLeft], '1', size)).toEqual({ x: -2560 + 100, y: 50, ...size })
  })

  it('stays somewhere sensible with no display at all', () => {
    expect(placeWidget(noSavedPlacement, [], '1', size)).toEqual({ x: 0, y: 0, ...size })
  })
})

describe('rememberPosition', () => {
  it('keeps a spot per display and makes the latest one home', () => {
    const onLaptop = rememberPosition(noSavedPlacement, laptop, { x: 40, y: 700, ...size })
    const onMonitor = rememberPosition(onLaptop, monitor, { x: 2000, y: 300, ...size })
    expect(onMonitor).toEqual({
      lastDisplayId: '2',
      offsets: { '1': { leftPx: 40, topPx: 700 }, '2': { leftPx: 80, topPx: 300 } }
    })
    // Dragged back to the laptop: the monitor's spot is still remembered for when it comes back.
    const back = rememberPosition(onMonitor, laptop, { x: 60, y: 20, ...size })
    expect(back.lastDisplayId).toBe('1')
    expect(back.offsets['2']).toEqual({ leftPx: 80, topPx: 300 })
    expect(placeWidget(back, both, '1', size)).toEqual({ x: 60, y: 20, ...size })
  })

  it('remembers a spot dragged partly off the display as the nearest spot inside it', () => {
    expect(rememberPosition(noSavedPlacement, laptop, { x: 1850, y: -30, ...size }).offsets['1']).toEqual({
      leftPx: 1680,
      topPx: 0
    })
  })
})

describe('displayOf', () => {
  it('finds the display the widget lies most on, and the primary when it lies on none', () => {
    expect(displayOf({ x: 1850, y: 10, ...size }, both, '1')?.id).toBe('2')
    expect(displayOf({ x: 1700, y: 10, ...size }, both, '1')?.id).toBe('1')
    expect(displayOf({ x: 9000, y: 9000, ...size }, both, '2')?.id).toBe('2')
  })
})

describe('savedPlacementFrom', () => {
  it('reads back what was saved', () => {
    const saved = rememberPosition(noSavedPlacement, monitor, { x: 2000, y: 300, ...size })
    expect(savedPlacementFrom(JSON.parse(JSON.stringify(saved)))).toEqual(saved)
  })

  it('drops malformed entries and keeps the good ones, so a damaged file costs spots, not the widget', () => {
    expect(savedPlacementFrom(undefined)).toEqual(noSavedPlacement)
    expect(savedPlacementFrom('nonsense')).toEqual(noSavedPlacement)
    expect(
      savedPlacementFrom({
        lastDisplayId: 7,
        offsets: { '1': { leftPx: 10, topPx: 20 }, '2': { leftPx: 'far' }, '3': null, '4': { leftPx: NaN, topPx: 0 } }
      })
    ).toEqual({ lastDisplayId: null, offsets: { '1': { leftPx: 10, topPx: 20 } } })
  })
})
