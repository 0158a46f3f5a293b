// Pure geometry for the widget window: no Electron here, so every rule is unit-tested with plain numbers.

/** A rectangle in screen pixels (Electron's `Rectangle`). */
export interface Bounds {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A window's size in pixels. */
export interface Size {
  readonly width: number
  readonly height: number
}

/** One display as the placement needs it: its id and the area windows may use (without task bars and docks). */
export interface DisplayArea {
  readonly id: string
  readonly workArea: Bounds
}

/**
 * Where the widget sat on one display, from the top-left of that display's work area. Relative, not absolute:
 * rearranging displays moves their origins, and the widget should stay in the same corner of its display.
 */
export interface DisplayOffset {
  readonly leftPx: number
  readonly topPx: number
}

/** What is remembered between runs: the display the widget was last dragged onto, and its spot on every display. */
export interface SavedPlacement {
  readonly lastDisplayId: string | null
  readonly offsets: Readonly<Record<string, DisplayOffset>>
}

/** Nothing remembered yet: the widget starts in the default corner of the primary display. */
export const noSavedPlacement: SavedPlacement = { lastDisplayId: null, offsets: {} }

/** The gap between the default spot and the work area's top and right edges. */
export const WIDGET_MARGIN_PX = 16

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max))

/**
 * Moves bounds the least distance that puts them wholly inside the work area (keeping their size). Bounds larger
 * than the work area are pinned to its top-left, so at least the widget's top and its buttons can be reached.
 */
export function clampToWorkArea(bounds: Bounds, workArea: Bounds): Bounds {
  return {
    ...bounds,
    x: Math.round(Math.max(workArea.x, clamp(bounds.x, workArea.x, workArea.x + workArea.width - bounds.width))),
    y: Math.round(Math.max(workArea.y, clamp(bounds.y, workArea.y, workArea.y + workArea.height - bounds.height)))
  }
}

/** The default spot: the top-right corner of a work area, a margin in from its edges. */
export function defaultCorner(workArea: Bounds, size: Size): Bounds {
  const bounds = {
    x: workArea.x + workArea.width - size.width - WIDGET_MARGIN_PX,
    y: workArea.y + WIDGET_MARGIN_PX,
    ...size
  }
  return clampToWorkArea(bounds, workArea)
}

const overlapPx = (a: Bounds, b: Bounds): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

/** The display the bounds lie most on, or the primary when they touch none (as Electron's `getDisplayMatching`). */
export function displayOf(
  bounds: Bounds,
  displays: readonly DisplayArea[],
  primaryId: string
): DisplayArea | undefined {
  let best: DisplayArea | undefined
  let bestPx = 0
  for (const display of displays) {
    const px = overlapPx(bounds, display.workArea)
    if (px > bestPx) {
      best = display
      bestPx = px
    }
  }
  return best ?? displays.find((display) => display.id === primaryId) ?? displays[0]
}

/** The remembered spot on one display, as bounds clamped inside its work area; undefined if none is remembered. */
function savedBoundsOn(saved: SavedPlacement, display: DisplayArea, size: Size): Bounds | undefined {
  const offset = saved.offsets[display.id]
  if (!offset) return undefined
  const bounds = { x: display.workArea.x + offset.leftPx, y: display.workArea.y + offset.topPx, ...size }
  return clampToWorkArea(bounds, display.workArea)
}

/**
 * Where the widget goes: its spot on the display it was last on; when that display is gone, the primary display
 * (its remembered spot there, or the default corner). Always wholly inside a work area that fits it.
 */
export function placeWidget(
  saved: SavedPlacement,
  displays: readonly DisplayArea[],
  primaryId: string,
  size: Size
): Bounds {
  const last = displays.find((display) => display.id === saved.lastDisplayId)
  const lastBounds = last && savedBoundsOn(saved, last, size)
  if (lastBounds) return lastBounds
  const primary = displays.find((display) => display.id === primaryId) ?? displays[0]
  // No display at all (a headless moment during a reconfiguration): anywhere; the next display event re-places it.
  if (!primary) return { x: 0, y: 0, ...size }
  return savedBoundsOn(saved, primary, size) ?? defaultCorner(primary.workArea, size)
}

/** The placement after the user left the widget at `bounds` on a display: that display is now its home. */
export function rememberPosition(saved: SavedPlacement, display: DisplayArea, bounds: Bounds): SavedPlacement {
  const inside = clampToWorkArea(bounds, display.workArea)
  const offset = { leftPx: inside.x - display.workArea.x, topPx: inside.y - display.workArea.y }
  return { lastDisplayId: display.id, offsets: { ...saved.offsets, [display.id]: offset } }
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/**
 * A placement read back from disk, keeping only well-formed entries: a hand-edited or damaged file costs the
 * remembered spots, never the widget.
 */
export function savedPlacementFrom(value: unknown): SavedPlacement {
  if (typeof value !== 'object' || value === null) return noSavedPlacement
  const { lastDisplayId, offsets } = value as Record<string, unknown>
  const kept: [string, DisplayOffset][] = []
  if (typeof offsets === 'object' && offsets !== null) {
    for (const [id, offset] of Object.entries(offsets)) {
      const { leftPx, topPx } = (offset ?? {}) as Record<string, unknown>
      if (isFiniteNumber(leftPx) && isFiniteNumber(topPx)) kept.push([id, { leftPx, topPx }])
    }
  }
  // fromEntries defines own keys, so even an id such as "__proto__" stays data.
  return {
    lastDisplayId: typeof lastDisplayId === 'string' ? lastDisplayId : null,
    offsets: Object.fromEntries(kept)
  }
}
