import type { ReactNode } from 'react'

/** One step picture's drawing in the 100 × 100 box; a movement loops back and forth every `periodSeconds`. */
export interface PictureDrawing {
  readonly periodSeconds?: number
  readonly content: ReactNode
}
