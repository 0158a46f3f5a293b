/**
 * Builds the activity worker from source for tests, the way electron-vite builds it (Vite, one ES
 * module), but self-contained (npm packages bundled in) so it runs from a temporary folder: a worker
 * thread cannot load TypeScript, and the tests must not depend on a stale out/ folder.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** The built worker file and how to remove it. */
export interface BuiltActivityWorker {
  readonly file: string
  readonly remove: () => void
}

export async function buildActivityWorker(): Promise<BuiltActivityWorker> {
  const outDir = mkdtempSync(join(tmpdir(), 'limber-activity-worker-'))
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: fileURLToPath(new URL('../activity-worker.ts', import.meta.url)),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'activity-worker.mjs' } }
    }
  })
  return { file: join(outDir, 'activity-worker.mjs'), remove: () => rmSync(outDir, { recursive: true, force: true }) }
}
