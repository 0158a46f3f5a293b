import type { ExportFile } from './history-data'

/** How long a file's Blob URL is kept after its download starts (Electron's save dialog reads it meanwhile). */
const KEEP_URL_MS = 60_000

/**
 * Offers one file for download, as a link with `download` would: Electron shows a save dialog,
 * a browser saves it to its downloads. Call it from the click that asked for the file.
 */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS)
}
