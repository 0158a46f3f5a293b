import type { CompanionApi } from '../../../contract/contract'

declare global {
  interface Window {
    /** The service bridge the Electron preload exposes; absent in browser mode. */
    readonly companion?: CompanionApi
  }
}

export {}
