import type { MenuItemConstructorOptions } from 'electron'
import type { AppState } from '../contract/state'
import { sessionPosition, type RoutineSession } from '../core/routine-session'
import { formatVolume, menuText } from './tray-format'
import {
  nextReminderLine,
  pauseItems,
  snoozeItems,
  tooltipWithReminders,
  type TrayReminderActions
} from './tray-reminders'
import { crampNowItem, reliefGuideItem, type TrayReliefActions } from './tray-relief'
import { trayStrings } from './tray-strings'

/** The calls that steer a running or paused routine from the tray. */
export type RoutineControl = 'pauseRoutine' | 'resumeRoutine' | 'skipRoutineStep' | 'stopRoutine'

/** What the tray's menu items do. */
export interface TrayActions extends TrayReminderActions, TrayReliefActions {
  logWater(amountMl: number): void
  controlRoutine(call: RoutineControl): void
  /** Turns the always-on-top widget on or off (the `widget.enabled` setting). */
  setWidgetEnabled(enabled: boolean): void
  openWindow(): void
  quit(): void
}

/** The built-in routines the tray starts in one click (ids from the routine library). */
export const quickStartRoutines = [
  { id: 'start-warm-up', routineId: 'warm-up', label: trayStrings.startWarmUp },
  { id: 'start-cool-down', routineId: 'cool-down', label: trayStrings.startCoolDown }
] as const

/** A small drink offered beside the glass and the bottle (a few sips, or topping up a glass). */
export const smallDrinkMl = 100

function waterStatus(state: AppState, locale: string): string {
  const { totalMl, goalMl, progress } = state.today
  const unit = state.settings.volumeUnit
  const status = trayStrings.status(formatVolume(totalMl, unit, locale, false), formatVolume(goalMl, unit, locale))
  return progress >= 1 ? trayStrings.goalReached(status) : status
}

/** A running or paused session; an ended one (still shown in the player) no longer concerns the tray. */
function activeSession(state: AppState): RoutineSession | null {
  const { session } = state
  return session && (session.status === 'running' || session.status === 'paused') ? session : null
}

/** Where an active session is at `nowMs`, in one line. */
function describeSession(session: RoutineSession, nowMs: number): string {
  const position = sessionPosition(session, nowMs)
  const step = position.step.name
  if (session.status === 'paused') return trayStrings.sessionPaused(step)
  // Past the end but not yet settled by the service: it is about to push the completed state.
  if (position.finished) return trayStrings.sessionFinishing(session.routine.name)
  const line = trayStrings.sessionRunning(session.routine.name, step)
  const { phase, side } = position.segment
  if (phase === 'switch-sides') return trayStrings.sessionDetail(line, trayStrings.switchSides)
  if (phase === 'rest') return trayStrings.sessionDetail(line, trayStrings.rest)
  return side === null ? line : trayStrings.sessionDetail(line, trayStrings.side[side])
}

/**
 * One line saying where the routine is at `nowMs` ("Pre-run warm-up: Leg swings · left leg", "Paused — Leg swings"),
 * or null when none is running or paused. No time left in it: the tray is only redrawn at segment boundaries.
 */
export function sessionLine(state: AppState, nowMs: number): string | null {
  const session = activeSession(state)
  return session ? describeSession(session, nowMs) : null
}

function sessionItems(state: AppState, actions: TrayActions, nowMs: number): MenuItemConstructorOptions[] {
  const session = activeSession(state)
  if (!session) return []
  const paused = session.status === 'paused'
  return [
    { id: 'session', label: menuText(describeSession(session, nowMs)), enabled: false },
    paused
      ? { id: 'resume-routine', label: trayStrings.resumeRoutine, click: () => actions.controlRoutine('resumeRoutine') }
      : { id: 'pause-routine', label: trayStrings.pauseRoutine, click: () => actions.controlRoutine('pauseRoutine') },
    { id: 'skip-step', label: trayStrings.skipStep, click: () => actions.controlRoutine('skipRoutineStep') },
    { id: 'stop-routine', label: trayStrings.stopRoutine, click: () => actions.controlRoutine('stopRoutine') },
    { type: 'separator' }
  ]
}

/** "Log water": the configured glass and bottle, and a small drink unless one of them is that size. */
function logWaterItem(state: AppState, actions: TrayActions, locale: string): MenuItemConstructorOptions {
  const { glassMl, bottleMl, volumeUnit } = state.settings
  const volume = (amountMl: number): string => formatVolume(amountMl, volumeUnit, locale)
  const small: MenuItemConstructorOptions[] =
    smallDrinkMl === glassMl || smallDrinkMl === bottleMl
      ? []
      : [{ id: 'log-small', label: volume(smallDrinkMl), click: () => actions.logWater(smallDrinkMl) }]
  return {
    id: 'log-water',
    label: trayStrings.logWater,
    submenu: [
      { id: 'log-glass', label: trayStrings.logGlass(volume(glassMl)), click: () => actions.logWater(glassMl) },
      { id: 'log-bottle', label: trayStrings.logBottle(volume(bottleMl)), click: () => actions.logWater(bottleMl) },
      ...small
    ]
  }
}

/** "Show widget", ticked while the widget is on; the tick follows the setting, wherever it was changed. */
function widgetItem(state: AppState, actions: TrayActions): MenuItemConstructorOptions {
  const { enabled } = state.settings.widget
  return {
    id: 'show-widget',
    label: trayStrings.showWidget,
    type: 'checkbox',
    checked: enabled,
    click: () => actions.setWidgetEnabled(!enabled)
  }
}

/**
 * The tray menu for a state at `nowMs`: the routine in progress and its controls; today's water, the
 * next reminder, snoozing and logging; routines and the relief guide; pausing reminders; the window and the widget; quit.
 */
export function trayMenuTemplate(
  state: AppState,
  actions: TrayActions,
  locale: string,
  nowMs: number
): MenuItemConstructorOptions[] {
  return [
    ...sessionItems(state, actions, nowMs),
    { id: 'status', label: waterStatus(state, locale), enabled: false },
    { id: 'next-reminder', label: nextReminderLine(state, locale, nowMs), enabled: false },
    ...snoozeItems(state, actions),
    logWaterItem(state, actions, locale),
    { type: 'separator' },
    ...quickStartRoutines.map(({ id, routineId, label }): MenuItemConstructorOptions => ({
      id,
      label,
      click: () => actions.startRoutine(routineId)
    })),
    crampNowItem(actions),
    reliefGuideItem(state, actions),
    { type: 'separator' },
    ...pauseItems(state, actions),
    { type: 'separator' },
    { id: 'open', label: trayStrings.open, click: () => actions.openWindow() },
    widgetItem(state, actions),
    { type: 'separator' },
    { id: 'quit', label: trayStrings.quit, click: () => actions.quit() }
  ]
}

/** The tray icon's hover text: today's water and the next reminder, and the routine in progress on a second line. */
export function trayTooltip(state: AppState, locale: string, nowMs: number): string {
  const unit = state.settings.volumeUnit
  const water = trayStrings.tooltip(
    formatVolume(state.today.totalMl, unit, locale, false),
    formatVolume(state.today.goalMl, unit, locale)
  )
  const summary = tooltipWithReminders(water, state, locale)
  const line = sessionLine(state, nowMs)
  return line === null ? summary : `${summary}\n${line}`
}
