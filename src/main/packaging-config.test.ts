import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { appId, appName } from './app-identity'
import { appIconFile, trayIconFile } from './app-paths'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

interface PackagingConfig {
  readonly appId: string
  readonly productName: string
  readonly directories: { readonly output: string }
  readonly publish: null
  readonly npmRebuild: boolean
  readonly asar: boolean
  readonly files: readonly string[]
  readonly asarUnpack: readonly string[]
  readonly electronFuses: Readonly<Record<string, boolean>>
  readonly linux: {
    readonly target: readonly string[]
    readonly icon: string
    readonly executableName: string
    readonly category: string
    readonly maintainer: string
    readonly desktop: { readonly entry: Readonly<Record<string, string>> }
  }
  readonly deb: { readonly recommends: readonly string[] }
  readonly mac: {
    readonly target: readonly string[]
    readonly icon: string
    readonly category: string
    readonly hardenedRuntime: boolean
  }
  readonly win: { readonly target: readonly string[]; readonly icon: string; readonly signAndEditExecutable?: boolean }
  readonly nsis: Readonly<Record<string, unknown>>
}

interface PackageJson {
  readonly main: string
  readonly scripts: Readonly<Record<string, string>>
  readonly dependencies?: Readonly<Record<string, string>>
  readonly devDependencies: Readonly<Record<string, string>>
}

const readText = (path: string): string => readFileSync(join(repoRoot, path), 'utf8')
const packageJson = JSON.parse(readText('package.json')) as PackageJson

/** electron-builder.yml is JSON with whole-line `#` comments (valid YAML), so dropping those lines leaves JSON. */
function readPackagingConfig(): PackagingConfig {
  const json = readText('electron-builder.yml')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
  return JSON.parse(json) as PackagingConfig
}

/** electron-builder's glob subset used here: `**` crosses folders, `*` stays within one, `!` excludes. */
function globMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')
    )
    .join('.*')
  return new RegExp(`^${source}$`).test(path)
}

/** Whether electron-builder's `files`-style pattern list takes this path (later `!` patterns take it back out). */
function listTakes(patterns: readonly string[], path: string): boolean {
  let taken = false
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (globMatches(pattern.slice(1), path)) taken = false
    } else if (globMatches(pattern, path)) taken = true
  }
  return taken
}

function filesUnder(folder: string): string[] {
  if (!existsSync(join(repoRoot, folder))) return []
  return readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)).split('\\').join('/'))
}

/** Width and height from a PNG's IHDR chunk, which always comes first, right after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** The entries of a macOS .icns file: four-letter type and data. */
function icnsEntries(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.toString('ascii', 0, 4)).toBe('icns')
  expect(bytes.readUInt32BE(4)).toBe(bytes.length)
  const entries = new Map<string, Buffer>()
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at + 4)
    entries.set(bytes.toString('ascii', at, at + 4), bytes.subarray(at + 8, at + length))
    at += length
  }
  return entries
}

/** The image sizes listed in a Windows .ico directory (a stored 0 means 256). */
function icoSizes(bytes: Buffer): number[] {
  expect(bytes.readUInt16LE(0)).toBe(0)
  expect(bytes.readUInt16LE(2)).toBe(1)
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => bytes[6 + 16 * i] || 256)
}

/** The production dependency tree, as installed: each package's folder, resolved the way Node does. */
function productionPackageDirs(): Set<string> {
  const found = new Set<string>()
  const visit = (name: string, fromDir: string): void => {
    for (let dir = fromDir; !relative(repoRoot, dir).startsWith('..'); dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name)
      if (existsSync(join(candidate, 'package.json'))) {
        if (found.has(candidate)) return
        found.add(candidate)
        const manifest = JSON.parse(readFileSync(join(candidate, 'package.json'), 'utf8')) as {
          dependencies?: Record<string, string>
          optionalDependencies?: Record<string, string>
        }
        const names = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })
        for (const dependency of names) visit(dependency, candidate)
        return
      }
    }
    // Not installed anywhere in the project: an optional dependency for another platform.
  }
  for (const name of Object.keys(packageJson.dependencies ?? {})) visit(name, repoRoot)
  return found
}

// electron-builder's own pieces, resolved from electron-builder itself (app-builder-lib is its dependency).
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Record<string, unknown>>
  validateConfiguration(
    config: unknown,
    debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }
  ): Promise<void>
}
interface BuilderLib {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } }
}
interface FusesModule {
  FuseVersion: { V1: string }
  FuseV1Options: Record<string, number>
}
const requireFromRepo = createRequire(join(repoRoot, 'package.json'))
const requireFromBuilderLib = createRequire(
  createRequire(requireFromRepo.resolve('electron-builder')).resolve('app-builder-lib')
)
const quietLogger = { isEnabled: false, add: () => undefined }

describe('electron-builder.yml', () => {
  const config = readPackagingConfig()
  let builderLib: BuilderLib
  let configModule: ConfigModule
  let fuses: FusesModule

  beforeAll(() => {
    // Loading all of app-builder-lib takes several seconds on a cold disk.
    builderLib = requireFromBuilderLib('app-builder-lib') as BuilderLib
    configModule = requireFromBuilderLib('app-builder-lib/out/util/config/config') as ConfigModule
    fuses = requireFromBuilderLib('@electron/fuses') as FusesModule
  }, 60_000)

  it('names the app as the shell does, so Windows notifications match the installed shortcut', () => {
    expect(config.appId).toBe(appId)
    expect(config.productName).toBe(appName)
    expect(config.directories.output).toBe('dist')
    expect(config.publish).toBeNull()
  })

  it('reads the same with electron-builder’s YAML loader as with JSON.parse, and passes its schema', async () => {
    const yaml = requireFromBuilderLib('js-yaml') as { load(text: string): unknown }
    expect(yaml.load(readText('electron-builder.yml'))).toEqual(config)

    const { getConfig, validateConfiguration } = configModule
    const loaded = await getConfig(repoRoot, null, null) // finds electron-builder.yml as the CLI does
    expect(loaded.appId).toBe(appId)
    await expect(validateConfiguration(loaded, quietLogger)).resolves.toBeUndefined()
    // The check is live: a misspelt fuse is refused.
    const misspelt = { ...loaded, electronFuses: { ...config.electronFuses, runAsNodes: false } }
    await expect(validateConfiguration(misspelt, quietLogger)).rejects.toThrow(/configuration/)
  }, 120_000) // compiling the schema takes seconds on a busy machine

  it('unpacks every node-notifier helper from the asar, since a program cannot run from inside it', () => {
    const helpers = filesUnder('node_modules/node-notifier/vendor')
    expect(helpers).toContain('node_modules/node-notifier/vendor/snoreToast/snoretoast-x64.exe')
    expect(helpers).toContain(
      'node_modules/node-notifier/vendor/mac.noindex/terminal-notifier.app/Contents/MacOS/terminal-notifier'
    )
    for (const helper of helpers) expect(listTakes(config.asarUnpack, helper), helper).toBe(true)
  })

  it('unpacks the notification icon, which notify-send and SnoreToast read by path', () => {
    expect(listTakes(config.asarUnpack, `resources/${appIconFile}`)).toBe(true)
  })

  it('packs the built app and every icon the shell loads, and no sources, tests, maps or build-only files', () => {
    const shipped = (path: string): boolean => listTakes(config.files, path)
    expect(shipped('package.json')).toBe(true)
    expect(shipped(packageJson.main.replace(/^\.\//, ''))).toBe(true)
    for (const path of ['out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js'])
      expect(shipped(path), path).toBe(true)
    const icons = [
      appIconFile,
      ...(['darwin', 'win32', 'linux'] as const).map(trayIconFile),
      'tray-iconTemplate@2x.png'
    ]
    for (const icon of icons) {
      expect(existsSync(join(repoRoot, 'resources', icon)), icon).toBe(true)
      expect(shipped(`resources/${icon}`), icon).toBe(true)
    }
    const notShipped = [
      ...filesUnder('src'),
      ...filesUnder('e2e'),
      ...filesUnder('scripts'),
      'out/main/index.js.map',
      'out/renderer/assets/index-abc.js.map',
      'resources/make-icons.mjs',
      'resources/icon.icns',
      'resources/icon.ico',
      'electron-builder.yml',
      'tsconfig.json'
    ]
    expect(notShipped.length).toBeGreaterThan(20)
    for (const path of notShipped) expect(shipped(path), path).toBe(false)
  })

  it('builds an AppImage and a deb (recommending notify-send), a dmg and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.deb.recommends).toContain('libnotify-bin')
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
  })

  it('describes the app to each desktop: Linux category, deb maintainer and desktop entry; macOS category', () => {
    // The packages install the icon under the executable's name, which main/autostart.ts's entry names.
    expect(config.linux.executableName).toBe('limber')
    expect(config.linux.category).toBe('Utility')
    expect(config.linux.maintainer).toBe('Limber Team <team@limber.app>')
    expect(config.linux.desktop.entry.Name).toBe(appName)
    expect(config.linux.desktop.entry.Comment).toMatch(/\w/)
    expect(config.linux.desktop.entry).not.toHaveProperty('Exec') // electron-builder refuses it
    expect(config.mac.category).toBe('public.app-category.healthcare-fitness')
    expect(config.mac.hardenedRuntime).toBe(true)
  })

  it('makes the Windows installer an assisted, per-user one with a choice of folder and named shortcuts', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: appName,
      uninstallDisplayName: appName
    })
  })

  describe('icons', () => {
    it('gives Linux a square PNG of at least 512 pixels', () => {
      expect(config.linux.icon).toBe(`resources/${appIconFile}`)
      const { width, height } = pngSize(readFileSync(join(repoRoot, config.linux.icon)))
      expect(width).toBe(height)
      expect(width).toBeGreaterThanOrEqual(512)
    })

    it('gives macOS an .icns holding every size up to 1024, each PNG at its slot’s size', () => {
      expect(config.mac.icon).toMatch(/^resources\/.+\.icns$/)
      const entries = icnsEntries(readFileSync(join(repoRoot, config.mac.icon)))
      const slots = { icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024 }
      const retinaSlots = { ic11: 32, ic12: 64, ic13: 256, ic14: 512 }
      for (const [type, size] of Object.entries({ ...slots, ...retinaSlots })) {
        const png = entries.get(type)
        expect(png, type).toBeDefined()
        expect(pngSize(png ?? Buffer.alloc(0)), type).toEqual({ width: size, height: size })
      }
    })

    it('gives Windows an .ico from 16 to 256 pixels (electron-builder wants 256)', () => {
      expect(config.win.icon).toMatch(/^resources\/.+\.ico$/)
      const sizes = icoSizes(readFileSync(join(repoRoot, config.win.icon)))
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]))
    })

    it('keeps the drawn PNGs that the containers were made from', () => {
      for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
        const file = `resources/icon-${size}.png`
        expect(pngSize(readFileSync(join(repoRoot, file))), file).toEqual({ width: size, height: size })
      }
    })
  })

  describe('Electron fuses', () => {
    const required = {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true
    }
    it('sets every hardening fuse, with key names electron-builder’s schema knows', () => {
      expect(config.electronFuses).toEqual(required)
      const scheme = requireFromBuilderLib('app-builder-lib/scheme.json') as {
        properties: Record<string, unknown>
        definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
      }
      expect(scheme.properties).toHaveProperty('electronFuses')
      const known = Object.keys(scheme.definitions.FuseOptionsV1.properties)
      expect(known).toEqual(expect.arrayContaining(Object.keys(required)))
    })

    it('reaches @electron/fuses as the wire settings intended', async () => {
      const wire = await builderLib.PlatformPackager.prototype.generateFuseConfig(config.electronFuses)
      const { FuseV1Options: fuse, FuseVersion } = fuses
      expect(wire.version).toBe(FuseVersion.V1)
      const expected: Record<string, boolean> = {
        RunAsNode: false,
        EnableNodeOptionsEnvironmentVariable: false,
        EnableNodeCliInspectArguments: false,
        EnableEmbeddedAsarIntegrityValidation: true,
        OnlyLoadAppFromAsar: true,
        EnableCookieEncryption: true
      }
      for (const [name, value] of Object.entries(expected)) {
        expect(fuse[name], name).toBeTypeOf('number')
        expect(wire[String(fuse[name])], name).toBe(value)
      }
    })

    it('keeps what those fuses rely on: an asar archive, and Windows’ executable edit that embeds its hash', () => {
      expect(config.asar).toBe(true)
      expect(config.win.signAndEditExecutable).not.toBe(false)
    })
  })

  it('rebuilds nothing, because no production dependency has native code', () => {
    expect(config.npmRebuild).toBe(false)
    const dirs = productionPackageDirs()
    expect(dirs.size).toBeGreaterThan(10)
    for (const dir of dirs) {
      const name = relative(repoRoot, dir)
      expect(existsSync(join(dir, 'binding.gyp')), name).toBe(false)
      const addons = readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.node'))
      expect(addons, name).toEqual([])
    }
  }, 30_000)
})

describe('package.json packaging scripts', () => {
  it('build out/ and then pack it, per platform or for this one', () => {
    expect(packageJson.scripts).toMatchObject({
      package: 'electron-vite build && electron-builder',
      'package:linux': 'electron-vite build && electron-builder --linux',
      'package:mac': 'electron-vite build && electron-builder --mac',
      'package:win': 'electron-vite build && electron-builder --win'
    })
  })

  it('pins electron-builder exactly, like every other dependency', () => {
    expect(packageJson.devDependencies['electron-builder']).toMatch(/^26\.\d+\.\d+$/)
  })
})
