import type { CompanionApi } from '../contract/contract'

declare global {
  interface Window {
    /** The companion service, exposed by the preload (src/preload/companion-bridge.ts). */
    readonly companion: CompanionApi
  }
}

export {}
