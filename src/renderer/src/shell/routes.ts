import { lazy, type ComponentType } from 'react'
import type en from '../i18n/en.json'
import { TodayScreen } from '../today/today-screen'

/** A navigation label in the catalogue, such as "nav.today". */
type NavLabelKey = `nav.${Exclude<keyof (typeof en)['nav'], 'label'>}`

/** Loads the Settings screen's chunk; also used to fetch it early when the pointer or focus nears its link. */
const loadSettings = () => import('../settings/settings-screen')

/** One screen the main navigation can show. */
export interface Route {
  readonly id: string
  readonly labelKey: NavLabelKey
  readonly Screen: ComponentType
  /** Starts fetching a lazily loaded screen before it is opened. */
  readonly preload?: () => Promise<unknown>
}

/** Every screen, in navigation order: adding a screen means adding one entry here (and its label to en.json). */
export const routes = [
  { id: 'today', labelKey: 'nav.today', Screen: TodayScreen },
  { id: 'settings', labelKey: 'nav.settings', Screen: lazy(loadSettings), preload: loadSettings }
] as const satisfies readonly Route[]

/** A screen's id, such as "today". */
export type RouteId = (typeof routes)[number]['id']

/** The screen shown when the address names none (or one that does not exist). */
export const defaultRoute: Route = routes[0]

/** The hash address of a screen, such as "#/today"; hash routes survive a reload under file:// too. */
export const routeHref = (route: Route): string => `#/${route.id}`

/** The screen an address hash names, or the default one. */
export function routeFromHash(hash: string): Route {
  const id = hash.replace(/^#\/?/, '')
  return routes.find((route) => route.id === id) ?? defaultRoute
}
