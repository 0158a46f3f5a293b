import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { createRendererChunkNamer } from './scripts/renderer-chunks'

/**
 * The dev server injects React's refresh preamble inline and talks to its HMR socket, which the
 * production CSP forbids; relax the meta CSP for `npm run dev` only (builds keep the strict one).
 */
function devServerCsp(): Plugin {
  return {
    name: 'limber-dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws:")
  }
}

const namer = createRendererChunkNamer()
const rendererChunkName = (moduleId: string, context: Parameters<typeof namer>[1]): string | null =>
  namer(moduleId, context) ?? null

// Main bundles core/service/contract; npm packages stay external and load from node_modules.
// The browser-mode entry is built alongside so both modes run the exact same service code.
export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          browser: resolve(__dirname, 'src/browser/index.ts'),
          // `npm run limber -- --status`: the command line for browser mode and development.
          cli: resolve(__dirname, 'src/cli/index.ts'),
          // Reads imported activity files off the service's thread (started beside these entries).
          'activity-worker': resolve(__dirname, 'src/service/activity-import/activity-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // Sandboxed preloads cannot require npm modules, so everything is bundled into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      minify: true,
      reportCompressedSize: false,
      // Chromium has native modulepreload, so no polyfill in the entry chunk.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
        output: {
          // Named chunks (scripts/renderer-chunks.ts): vendor code, one chunk per lazy feature, Today's code in the entry.
          // Each module goes exactly where the namer says (no pulling in its imports), so Today's modules stay in the entry.
          codeSplitting: {
            groups: [{ name: rendererChunkName, debugName: 'renderer-chunks', includeDependenciesRecursively: false }]
          }
        }
      }
    },
    plugins: [react(), devServerCsp()]
  }
})
