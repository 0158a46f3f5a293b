import { Companion, type CompanionShell } from '../companion'
import { ManualClock } from '../manual-clock'
import { RecordingNotifier } from '../notifier'
import { startAsSetUp, tempDataDir } from './temp-companion'

/**
 * A companion on a manual clock whose notifications are recorded. A folder without settings starts as
 * someone who finished the first-run setup, unless `firstRun` asks for a brand-new user.
 */
export function reminderCompanion(
  atMs: number,
  options: {
    readonly firstRun?: boolean
    readonly dataDir?: string
    readonly shell?: CompanionShell
    readonly locale?: string
  } = {}
) {
  const dataDir = options.dataDir ?? tempDataDir()
  if (!options.firstRun) startAsSetUp(dataDir)
  const clock = new ManualClock(atMs)
  const notifier = new RecordingNotifier()
  const companion = new Companion({
    dataDir,
    clock,
    mode: 'browser',
    notifier,
    ...(options.shell ? { shell: options.shell } : {}),
    ...(options.locale ? { locale: options.locale } : {})
  })
  return { clock, notifier, companion, dataDir }
}
