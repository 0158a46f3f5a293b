import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  afterFirstPaintParts,
  createRendererChunkNamer,
  type ChunkGraph,
  type ChunkModuleInfo
} from './renderer-chunks'

const src = '/repo/src/renderer/src'
const modules = {
  entry: '/repo/src/renderer/index.html',
  main: `${src}/main.tsx`,
  routes: `${src}/shell/routes.ts`,
  today: `${src}/today/today-screen.tsx`,
  react: '/repo/node_modules/react/index.js',
  reactDom: '/repo/node_modules/react-dom/client.js',
  history: `${src}/history/history-screen.tsx`,
  waterChart: `${src}/history/water-chart.tsx`,
  visxAxis: '/repo/node_modules/@visx/axis/esm/index.js',
  classnames: '/repo/node_modules/classnames/index.js',
  settings: `${src}/settings/settings-screen.tsx`,
  setup: `${src}/setup/setup-screen.tsx`,
  workoutFields: `${src}/reminders/workout-fields.tsx`,
  zod: '/repo/node_modules/zod/index.js',
  editor: `${src}/routines/editor/routine-editor-screen.tsx`,
  coreRoutine: '/repo/src/core/routine.ts',
  drinkList: `${src}/today/drink-list.tsx`,
  liveMessage: `${src}/today/live-message.tsx`,
  preloadHelper: '\0vite/preload-helper.js'
}

/** A window like ours: Today in the entry, History, Settings, Setup and the routine editor loaded with import(). */
const imports: Record<string, { static?: string[]; dynamic?: string[] }> = {
  [modules.entry]: { static: [modules.main] },
  [modules.main]: { static: [modules.react, modules.reactDom, modules.routes] },
  [modules.routes]: {
    static: [modules.today, modules.preloadHelper],
    dynamic: [modules.history, modules.settings, modules.setup, modules.editor]
  },
  [modules.today]: { static: [modules.react], dynamic: [modules.drinkList] },
  [modules.drinkList]: { static: [modules.liveMessage] },
  [modules.history]: { static: [modules.react, modules.today, modules.waterChart] },
  [modules.waterChart]: { static: [modules.visxAxis] },
  [modules.visxAxis]: { static: [modules.classnames] },
  [modules.settings]: { static: [modules.workoutFields, modules.liveMessage] },
  [modules.setup]: { static: [modules.workoutFields] },
  [modules.workoutFields]: { static: [modules.zod] },
  [modules.editor]: { static: [modules.coreRoutine] }
}

function graphOf(edges: typeof imports, entry: string): ChunkGraph {
  const infos = new Map<string, ChunkModuleInfo & { importers: string[]; dynamicImporters: string[] }>()
  const info = (id: string) => {
    let found = infos.get(id)
    if (!found) infos.set(id, (found = { isEntry: id === entry, importers: [], dynamicImporters: [] }))
    return found
  }
  for (const [from, { static: statics = [], dynamic = [] }] of Object.entries(edges)) {
    info(from)
    for (const to of statics) info(to).importers.push(from)
    for (const to of dynamic) info(to).dynamicImporters.push(from)
  }
  return { getModuleInfo: (id) => infos.get(id) ?? null }
}

const chunkOf = (id: string) => createRendererChunkNamer()(id, graphOf(imports, modules.entry))

describe('renderer chunks', () => {
  it('puts React and React DOM in the vendor chunk', () => {
    expect(chunkOf(modules.react)).toBe('vendor')
    expect(chunkOf(modules.reactDom)).toBe('vendor')
  })

  it('keeps what Today needs in the app chunk and leaves the entry module where it is', () => {
    expect(chunkOf(modules.today)).toBe('app')
    expect(chunkOf(modules.routes)).toBe('app')
    expect(chunkOf(modules.preloadHelper)).toBe('app')
    expect(chunkOf(modules.entry)).toBeUndefined()
  })

  it('gives each lazily loaded screen the chunk of its feature', () => {
    expect(chunkOf(modules.history)).toBe('history')
    expect(chunkOf(modules.waterChart)).toBe('history')
    expect(chunkOf(modules.settings)).toBe('settings')
    expect(chunkOf(modules.setup)).toBe('setup')
    expect(chunkOf(modules.editor)).toBe('routine-editor')
    expect(chunkOf(modules.coreRoutine)).toBe('routine-editor')
  })

  it('puts code several features load in the shared chunk, and their third-party code in its own vendor chunk', () => {
    expect(chunkOf(modules.workoutFields)).toBe('shared')
    expect(chunkOf(modules.zod)).toBe('vendor-zod')
  })

  it("puts the first screen's after-paint parts, and all they reach, in the after-paint chunk", () => {
    expect(chunkOf(modules.drinkList)).toBe('after-paint')
    // Settings loads it too: it still goes with the part that is fetched right after the first frame.
    expect(chunkOf(modules.liveMessage)).toBe('after-paint')
  })

  it('puts the charts and the packages only they import in vendor-charts', () => {
    expect(chunkOf(modules.visxAxis)).toBe('vendor-charts')
    expect(chunkOf(modules.classnames)).toBe('vendor-charts')
  })

  it('moves a module into the app chunk once Today imports it statically', () => {
    const withTodayChart = { ...imports, [modules.today]: { static: [modules.react, modules.waterChart] } }
    const namer = createRendererChunkNamer()
    const graph = graphOf(withTodayChart, modules.entry)
    expect(namer(modules.waterChart, graph)).toBe('app')
    expect(namer(modules.visxAxis, graph)).toBe('vendor')
  })
})

describe('the after-paint parts', () => {
  it('are exactly the modules the window loads with lazyAfterFirstPaint', () => {
    const rendererDir = join(import.meta.dirname, '..', 'src', 'renderer', 'src')
    const sources = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file)
    )
    const loaded = sources.flatMap((file) => {
      const text = readFileSync(join(rendererDir, file), 'utf8')
      return [...text.matchAll(/lazyAfterFirstPaint\(\(\) => import\('([^']+)'\)/g)].map((match) =>
        relative(rendererDir, join(rendererDir, dirname(file), `${match[1]}.tsx`)).replaceAll('\\', '/')
      )
    })
    expect(loaded.sort()).toEqual([...afterFirstPaintParts].sort())
  })
})

describe('the renderer build', () => {
  it('splits its chunks with this namer', async () => {
    const { default: config } = await import('../electron.vite.config')
    const output = config.renderer?.build?.rolldownOptions?.output
    const splitting = !Array.isArray(output) && typeof output?.codeSplitting === 'object' ? output.codeSplitting : {}
    const group = splitting.groups?.[0]
    expect(group?.includeDependenciesRecursively).toBe(false)
    const name = group?.name
    if (typeof name !== 'function') throw new Error('the renderer has no chunk namer')
    const graph = graphOf(imports, modules.entry) as Parameters<typeof name>[1]
    expect(name(modules.react, graph)).toBe('vendor')
    expect(name(modules.history, graph)).toBe('history')
  })
})
