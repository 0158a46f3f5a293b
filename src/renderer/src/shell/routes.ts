import { lazy, type ComponentType } from 'react'
import type en from '../i18n/en.json'
import { loadPlayer } from '../player/load-player'
import { TodayScreen } from '../today/today-screen'

/** A navigation label in the catalogue, such as "nav.today". */
type NavLabelKey = `nav.${Exclude<keyof (typeof en)['nav'], 'label'>}`

// Lazy screens import navigation.ts, never this file (it would tie every screen's chunk to every other's).
// Each lazily loaded screen, in the chunk of its feature (scripts/renderer-chunks.ts); the loaders also fetch a
// chunk early when the pointer or focus nears its link.
const loadRoutines = () => import('../routines/routines-screen')
const loadReminders = () => import('../reminders/reminders-screen')
const loadCramp = () => import('../cramps/cramp-screen')
const loadPrevention = () => import('../prevention/prevention-screen')
const loadSettings = () => import('../settings/settings-screen')
const loadSetup = () => import('../setup/setup-screen')
const loadSources = () => import('../sources/sources-screen')
const loadMini = () => import('../player/mini-screen')
const loadWidget = () => import('../widget/widget-screen')
const loadEditor = () => import('../routines/editor/routine-editor-screen')
const loadHistory = () => import('../history/history-screen')
const loadActivities = () => import('../activities/activities-screen')

/** What a screen receives from its address: the trailing parameter of a route such as "routines/edit/<id>". */
export interface ScreenProps {
  readonly param?: string
}

/** One screen the window can show. */
export interface Route {
  /** The address after "#/"; a route with `hasParam` also takes one more segment ("routines/edit/warm-up"). */
  readonly id: string
  readonly hasParam?: boolean
  /** Set for the screens listed in the main navigation. */
  readonly labelKey?: NavLabelKey
  /** The navigation entry marked current while this screen is open (defaults to its own id). */
  readonly section?: string
  /** False for the compact timer: no header, no navigation, nothing but the screen. */
  readonly chrome?: boolean
  readonly Screen: ComponentType<ScreenProps>
  /** Starts fetching a lazily loaded screen before it is opened. */
  readonly preload?: () => Promise<unknown>
}

/** Every screen: the ones with a label form the main navigation, in this order. Add a screen here (and its strings). */
export const routes = [
  { id: 'today', labelKey: 'nav.today', Screen: TodayScreen },
  { id: 'routines', labelKey: 'nav.routines', Screen: lazy(loadRoutines), preload: loadRoutines },
  { id: 'reminders', labelKey: 'nav.reminders', Screen: lazy(loadReminders), preload: loadReminders },
  { id: 'history', labelKey: 'nav.history', Screen: lazy(loadHistory), preload: loadHistory },
  { id: 'activities', labelKey: 'nav.activities', Screen: lazy(loadActivities), preload: loadActivities },
  {
    // One activity's reasoning opened (Today's "Why?" under a raised goal).
    id: 'activities/why',
    hasParam: true,
    section: 'activities',
    Screen: lazy(loadActivities),
    preload: loadActivities
  },
  {
    // Not in the navigation: reached from the tray, Today and the Routines screen.
    id: 'cramp',
    Screen: lazy(loadCramp),
    preload: loadCramp
  },
  { id: 'prevention', labelKey: 'nav.prevention', Screen: lazy(loadPrevention), preload: loadPrevention },
  { id: 'settings', labelKey: 'nav.settings', Screen: lazy(loadSettings), preload: loadSettings },
  {
    // First-run setup: opened on first start and from Settings.
    // No section: a new user setting up is not "in Settings", so no navigation entry is marked current.
    id: 'setup',
    Screen: lazy(() => loadSetup().then((module) => ({ default: module.SetupScreen }))),
    preload: loadSetup
  },
  { id: 'sources', labelKey: 'nav.sources', Screen: lazy(loadSources), preload: loadSources },
  {
    // The "I have a cramp" flow: the log form with the time the relief routine started (a millisecond timestamp).
    id: 'cramp/at',
    hasParam: true,
    section: 'cramp',
    Screen: lazy(loadCramp),
    preload: loadCramp
  },
  { id: 'player', section: 'routines', Screen: lazy(loadPlayer), preload: loadPlayer },
  { id: 'mini', chrome: false, Screen: lazy(loadMini), preload: loadMini },
  {
    // The glanceable widget (its own frameless window on the desktop, a compact page in a browser).
    id: 'widget',
    chrome: false,
    Screen: lazy(() => loadWidget().then((module) => ({ default: module.WidgetScreen }))),
    preload: loadWidget
  },
  {
    id: 'routines/edit',
    hasParam: true,
    section: 'routines',
    Screen: lazy(() => loadEditor().then((module) => ({ default: module.EditRoutineScreen }))),
    preload: loadEditor
  },
  {
    id: 'routines/copy',
    hasParam: true,
    section: 'routines',
    Screen: lazy(() => loadEditor().then((module) => ({ default: module.CopyRoutineScreen }))),
    preload: loadEditor
  }
] as const satisfies readonly Route[]

/** A screen's id, such as "today". */
export type RouteId = (typeof routes)[number]['id']

/** The screen shown when the address names none (or one that does not exist). */
export const defaultRoute: Route = routes[0]

/** An address resolved to its screen and parameter. */
export interface RouteMatch {
  readonly route: Route
  readonly param?: string
}

/** The screen an address hash names, or the default one. */
export function routeFromHash(hash: string): RouteMatch {
  const path = hash.replace(/^#\/?/, '')
  const exact = routes.find((route: Route) => !route.hasParam && route.id === path)
  if (exact) return { route: exact }
  for (const route of routes as readonly Route[]) {
    if (!route.hasParam || !path.startsWith(`${route.id}/`)) continue
    const rest = path.slice(route.id.length + 1)
    if (rest === '' || rest.includes('/')) continue
    try {
      return { route, param: decodeURIComponent(rest) }
    } catch {
      return { route: defaultRoute }
    }
  }
  return { route: defaultRoute }
}
