import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'

/**
 * How documents reach the disk. Both writes are atomic and durable: the text goes to a temp file beside
 * the document, is fsynced, and is renamed over it, so a crash leaves either the old file or the new one
 * (and at worst a stale temp file, which the next start removes).
 */
export interface DocumentFiles {
  /** Used for the saves of a running companion: many calls' changes go out in one such write. */
  writeAtomic(path: string, text: string): Promise<void>
  /** Used only while documents are opened (repairs, migrations, first start), before anything is served. */
  writeAtomicSync(path: string, text: string): void
}

/**
 * `journal.json` → `journal.json.tmp-` + 10 digits + 6 hex digits: the name conf's atomic write gave its temp
 * files, so start-up cleans up after either.
 */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${String(Date.now()).slice(-10).padStart(10, '0')}${randomBytes(3).toString('hex')}`
}

/** The real files. */
export const nodeDocumentFiles: DocumentFiles = {
  async writeAtomic(path, text) {
    const temp = tempPathFor(path)
    try {
      const handle = await open(temp, 'w')
      try {
        await handle.writeFile(text, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temp, path)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
  },
  writeAtomicSync(path, text) {
    const temp = tempPathFor(path)
    try {
      const fd = openSync(temp, 'w')
      try {
        writeSync(fd, text, null, 'utf8')
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      renameSync(temp, path)
    } catch (error) {
      rmSync(temp, { force: true })
      throw error
    }
  }
}
