import { ipcMain } from 'electron'
import { connectCompanionIpc, type CompanionIpcOptions } from './companion-ipc'

/**
 * Connects the companion to Electron's real `ipcMain`. The only file that may import it (lint
 * enforces), so every handler goes through the contract and the sender check in companion-ipc.ts.
 */
export function connectIpc(options: Omit<CompanionIpcOptions, 'ipcMain'>): () => void {
  return connectCompanionIpc({ ...options, ipcMain })
}
