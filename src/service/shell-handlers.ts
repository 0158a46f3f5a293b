import type { StateSnapshot } from '../contract/state'
import { CallRefused, type SliceHandlers } from './handler-types'

/** What the shell calls reach: the desktop's windows (absent in browser mode) and the notices. */
export interface ShellHandlerPorts {
  readonly snapshot: () => StateSnapshot
  readonly dismissNotice: (id: string) => void
  readonly openMiniTimer?: (() => void) | undefined
  readonly showMainWindow?: (() => void) | undefined
}

const notHere = (what: string): CallRefused =>
  new CallRefused({ code: 'not_supported', message: `No ${what} here`, issues: [] })

/** The shell calls: the whole state (start-up, reconnect), notices, and the desktop's windows. */
export function shellHandlers(ports: ShellHandlerPorts): SliceHandlers<'shell'> {
  return {
    getState: () => ports.snapshot(),
    dismissNotice: ({ id }) => {
      ports.dismissNotice(id)
      return null
    },
    showMainWindow: () => {
      if (!ports.showMainWindow) throw notHere('desktop window')
      ports.showMainWindow()
      return null
    },
    openMiniTimer: () => {
      if (!ports.openMiniTimer) throw notHere('mini timer window')
      ports.openMiniTimer()
      return null
    }
  }
}
