/**
 * How the window's code is split into chunks, by name rather than by the bundler's automatic common chunks:
 * third-party code in vendor chunks, Today and the shell (all the first paint needs) in `app`, and each lazily
 * loaded screen in a chunk named after its feature. Used by electron.vite.config.ts.
 */

/** What the bundler tells about one module (the part of rolldown's ModuleInfo this file reads). */
export interface ChunkModuleInfo {
  readonly isEntry: boolean
  /** Modules that import this one statically. */
  readonly importers: readonly string[]
  /** Modules that load this one with `import()`. */
  readonly dynamicImporters: readonly string[]
}

/** Looks a module up in the bundler's graph. */
export interface ChunkGraph {
  getModuleInfo(moduleId: string): ChunkModuleInfo | null
}

const thirdParty = /[\\/]node_modules[\\/]/

/** Third-party packages that only some lazy screens use, each family (with the packages only it imports) in a vendor chunk of its own. */
const lazyVendors: readonly (readonly [RegExp, string])[] = [
  [/[\\/]node_modules[\\/](?:@visx[\\/]|d3-[\w-]+[\\/]|internmap[\\/])/, 'vendor-charts'],
  [/[\\/]node_modules[\\/]zod[\\/]/, 'vendor-zod']
]

/**
 * The parts of the first screen that render after its first frame and load their code only then
 * (`lazyAfterFirstPaint` in shell/after-first-paint.tsx; a test checks this list against the calls).
 */
export const afterFirstPaintParts: readonly string[] = [
  'today/drink-list.tsx',
  'today/reminders-today.tsx',
  'today/routines-today.tsx',
  'shell/leave-dialog.tsx'
]
const afterPaintChunk = 'after-paint'
const isAfterFirstPaintPart = (moduleId: string): boolean =>
  afterFirstPaintParts.some((part) => moduleId.replaceAll('\\', '/').endsWith(`/src/renderer/src/${part}`))

const rendererSource = /[\\/]src[\\/]renderer[\\/]src[\\/]([\w-]+)[\\/](?:([\w-]+)[\\/])?[\w.-]+$/

/** The feature a lazily loaded screen belongs to: its folder under src/renderer/src (the routine editor has its own). */
function featureOfScreen(moduleId: string): string {
  const [, folder, subfolder] = rendererSource.exec(moduleId) ?? []
  if (!folder) return 'shared'
  return folder === 'routines' && subfolder === 'editor' ? 'routine-editor' : folder
}

/**
 * The chunk for each module of the window (rolldown's `codeSplitting` group name; undefined leaves the entry
 * module where it is):
 * - `vendor`: third-party code the first paint needs (React); a lazy screen's third-party code goes to its
 *   family (`vendor-charts`, `vendor-zod`) or to `vendor-<feature>`;
 * - `app`: every other module the entry imports statically (the shell, Today, the state, the strings);
 * - `after-paint`: a module the first screen's after-paint parts load (afterFirstPaintParts), fetched right after the
 *   first frame; it imports only `app` and vendor chunks, so any chunk may import it;
 * - `<feature>`: a module only the lazy screens of one feature load (`history`, `player`, `settings` …), named after
 *   the folder of the screen that `import()`s it, wherever the module itself lives;
 * - `shared`: a module the lazy screens of several features load. A feature chunk then imports only `shared`, `app`
 *   and vendor chunks, never another feature's, so chunks never import each other in a cycle.
 */
export function createRendererChunkNamer(): (moduleId: string, graph: ChunkGraph) => string | undefined {
  const initial = new Map<string, boolean>()

  function isInitial(moduleId: string, graph: ChunkGraph): boolean {
    const known = initial.get(moduleId)
    if (known !== undefined) return known
    initial.set(moduleId, false) // an import cycle does not make a module initial on its own
    const info = graph.getModuleInfo(moduleId)
    const result = !!info && (info.isEntry || info.importers.some((importer) => isInitial(importer, graph)))
    initial.set(moduleId, result)
    return result
  }

  /** The features whose lazily loaded screens reach this module through static imports. */
  function featuresLoading(moduleId: string, graph: ChunkGraph): Set<string> {
    const features = new Set<string>()
    const seen = new Set([moduleId])
    const pending = [moduleId]
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      const info = graph.getModuleInfo(id)
      if (!info) continue
      if (isAfterFirstPaintPart(id)) features.add(afterPaintChunk)
      else if (info.dynamicImporters.length > 0) features.add(featureOfScreen(id))
      for (const importer of info.importers) {
        if (seen.has(importer)) continue
        seen.add(importer)
        pending.push(importer)
      }
    }
    return features
  }

  /** A third-party module only lazy screens load: its family's chunk, the chunk of the packages that import it, or `vendor-<feature>`. */
  function lazyVendorChunk(moduleId: string, graph: ChunkGraph, visiting = new Set<string>()): string | undefined {
    const family = lazyVendors.find(([test]) => test.test(moduleId))?.[1]
    if (family || visiting.has(moduleId)) return family
    visiting.add(moduleId)
    const importers = graph.getModuleInfo(moduleId)?.importers ?? []
    if (importers.length === 0 || !importers.every((importer) => thirdParty.test(importer))) return undefined
    const chunks = new Set(importers.map((importer) => lazyVendorChunk(importer, graph, visiting)))
    return chunks.size === 1 ? [...chunks][0] : undefined
  }

  return (moduleId, graph) => {
    const isThirdParty = thirdParty.test(moduleId)
    if (isInitial(moduleId, graph)) {
      if (isThirdParty) return 'vendor'
      return graph.getModuleInfo(moduleId)?.isEntry ? undefined : 'app'
    }
    const vendorChunk = isThirdParty ? lazyVendorChunk(moduleId, graph) : undefined
    if (vendorChunk) return vendorChunk
    const features = featuresLoading(moduleId, graph)
    // Whatever an after-paint part reaches goes with it, so it never waits for a feature's or the shared chunk.
    const feature = features.has(afterPaintChunk) ? afterPaintChunk : features.size === 1 ? [...features][0] : 'shared'
    return isThirdParty ? `vendor-${feature}` : feature
  }
}
