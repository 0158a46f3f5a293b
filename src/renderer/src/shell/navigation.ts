import type { RouteId } from './routes'

/** The hash address of a screen, such as "#/today" or "#/routines/edit/warm-up"; hash routes survive a reload under file:// too. */
export const routeHref = (id: RouteId, param?: string): string =>
  param === undefined ? `#/${id}` : `#/${id}/${encodeURIComponent(param)}`

/** Opens a screen, as following a link to it would. */
export function navigateTo(id: RouteId, param?: string): void {
  window.location.hash = routeHref(id, param)
}
