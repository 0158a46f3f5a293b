import { contextBridge, ipcRenderer } from 'electron'
import { exposeCompanionApi } from './companion-bridge'

// Sandboxed preload: bundled to CommonJS with only `electron` left external.
exposeCompanionApi(contextBridge, ipcRenderer)
