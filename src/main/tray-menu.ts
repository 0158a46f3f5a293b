import type { MenuItemConstructorOptions } from 'electron'
import type { AppState } from '../contract/state'
import { sessionPosition, type RoutineSession } from '../core/routines/routine-session'
import { localizeRoutine } from '../core/text/routine-text'
import { formatVolume, menuText } from './tray-format'
import {
  nextReminderLine,
  pauseItems,
  snoozeItems,
  tooltipWithReminders,
  type TrayReminderActions
} from './tray-reminders'
import { crampNowItem, reliefGuideItem, type TrayReliefActions } from './tray-relief'
import { translator, type TextKey } from '../core/text/catalogue'

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
  { id: 'start-warm-up', routineId: 'warm-up', label: 'tray.startWarmUp' },
  { id: 'start-cool-down', routineId: 'cool-down', label: 'tray.startCoolDown' }
] as const satisfies readonly { id: string; routineId: string; label: TextKey }[]

/** A small drink offered beside the glass and the bottle (a few sips, or topping up a glass). */
export const smallDrinkMl = 100

function waterStatus(state: AppState, locale: string | undefined): string {
  const t = translator(locale)
  const { totalMl, goalMl, progress } = state.today
  const unit = state.settings.volumeUnit
  const status = t('tray.status', {
    drunk: formatVolume(totalMl, unit, locale, false),
    goal: formatVolume(goalMl, unit, locale)
  })
  return progress >= 1 ? t('tray.goalReached', { status }) : status
}

/** A running or paused session; an ended one (still shown in the player) no longer concerns the tray. */
function activeSession(state: AppState): RoutineSession | null {
  const { session } = state
  return session && (session.status === 'running' || session.status === 'paused') ? session : null
}

/** Where an active session is at `nowMs`, in one line. */
function describeSession(session: RoutineSession, nowMs: number, locale: string | undefined): string {
  const t = translator(locale)
  const position = sessionPosition(session, nowMs)
  const routine = localizeRoutine(session.routine, locale)
  const step = routine.steps[position.segment.stepIndex]?.name ?? position.step.name
  if (session.status === 'paused') return t('tray.sessionPaused', { step })
  // Past the end but not yet settled by the service: it is about to push the completed state.
  if (position.finished) return t('tray.sessionFinishing', { routine: routine.name })
  const line = t('tray.sessionRunning', { routine: routine.name, step })
  const { phase, side } = position.segment
  if (phase === 'switch-sides') return t('tray.sessionDetail', { line, detail: t('tray.switchSides') })
  if (phase === 'rest') return t('tray.sessionDetail', { line, detail: t('tray.rest') })
  return side === null ? line : t('tray.sessionDetail', { line, detail: t(`side.${side}`) })
}

/**
 * One line saying where the routine is at `nowMs` ("Pre-run warm-up: Leg swings · left leg", "Paused — Leg swings"),
 * or null when none is running or paused. No time left in it: the tray is only redrawn at segment boundaries.
 */
export function sessionLine(state: AppState, nowMs: number, locale?: string): string | null {
  const session = activeSession(state)
  return session ? describeSession(session, nowMs, locale) : null
}

function sessionItems(
  state: AppState,
  actions: TrayActions,
  nowMs: number,
  locale: string | undefined
): MenuItemConstructorOptions[] {
  const t = translator(locale)
  const session = activeSession(state)
  if (!session) return []
  const paused = session.status === 'paused'
  return [
    { id: 'session', label: menuText(describeSession(session, nowMs, locale)), enabled: false },
    paused
      ? { id: 'resume-routine', label: t('tray.resumeRoutine'), click: () => actions.controlRoutine('resumeRoutine') }
      : { id: 'pause-routine', label: t('tray.pauseRoutine'), click: () => actions.controlRoutine('pauseRoutine') },
    { id: 'skip-step', label: t('tray.skipStep'), click: () => actions.controlRoutine('skipRoutineStep') },
    { id: 'stop-routine', label: t('tray.stopRoutine'), click: () => actions.controlRoutine('stopRoutine') },
    { type: 'separator' }
  ]
}

/** "Log water": the configured glass and bottle, and a small drink unless one of them is that size. */
function logWaterItem(state: AppState, actions: TrayActions, locale: string | undefined): MenuItemConstructorOptions {
  const t = translator(locale)
  const { glassMl, bottleMl, volumeUnit } = state.settings
  const volume = (amountMl: number): string => formatVolume(amountMl, volumeUnit, locale)
  const small: MenuItemConstructorOptions[] =
    smallDrinkMl === glassMl || smallDrinkMl === bottleMl
      ? []
      : [{ id: 'log-small', label: volume(smallDrinkMl), click: () => actions.logWater(smallDrinkMl) }]
  return {
    id: 'log-water',
    label: t('tray.logWater'),
    submenu: [
      {
        id: 'log-glass',
        label: t('tray.logGlass', { amount: volume(glassMl) }),
        click: () => actions.logWater(glassMl)
      },
      {
        id: 'log-bottle',
        label: t('tray.logBottle', { amount: volume(bottleMl) }),
        click: () => actions.logWater(bottleMl)
      },
      ...small
    ]
  }
}

/** "Show widget", ticked while the widget is on; the tick follows the setting, wherever it was changed. */
function widgetItem(state: AppState, actions: TrayActions, locale: string | undefined): MenuItemConstructorOptions {
  const { enabled } = state.settings.widget
  return {
    id: 'show-widget',
    label: translator(locale)('tray.showWidget'),
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
  locale: string | undefined,
  nowMs: number
): MenuItemConstructorOptions[] {
  const t = translator(locale)
  return [
    ...sessionItems(state, actions, nowMs, locale),
    { id: 'status', label: waterStatus(state, locale), enabled: false },
    { id: 'next-reminder', label: nextReminderLine(state, locale, nowMs), enabled: false },
    ...snoozeItems(state, actions, locale),
    logWaterItem(state, actions, locale),
    { type: 'separator' },
    ...quickStartRoutines.map(({ id, routineId, label }): MenuItemConstructorOptions => ({
      id,
      label: t(label),
      click: () => actions.startRoutine(routineId)
    })),
    crampNowItem(actions, locale),
    reliefGuideItem(state, actions, locale),
    { type: 'separator' },
    ...pauseItems(state, actions, locale),
    { type: 'separator' },
    { id: 'open', label: t('tray.open'), click: () => actions.openWindow() },
    widgetItem(state, actions, locale),
    { type: 'separator' },
    { id: 'quit', label: t('tray.quit'), click: () => actions.quit() }
  ]
}

/** The tray icon's hover text: today's water and the next reminder, and the routine in progress on a second line. */
export function trayTooltip(state: AppState, locale: string | undefined, nowMs: number): string {
  const unit = state.settings.volumeUnit
  const water = translator(locale)('tray.tooltip', {
    drunk: formatVolume(state.today.totalMl, unit, locale, false),
    goal: formatVolume(state.today.goalMl, unit, locale)
  })
  const summary = tooltipWithReminders(water, state, locale)
  const line = sessionLine(state, nowMs, locale)
  return line === null ? summary : `${summary}\n${line}`
}
