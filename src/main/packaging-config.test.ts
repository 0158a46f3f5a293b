import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appId, appName } from './app-identity'
import { appIconFile, trayIconFile } from './app-paths'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

interface PackagingConfig {
  readonly appId: string
  readonly productName: string
  readonly directories: { readonly output: string }
  readonly files: readonly string[]
  readonly asarUnpack: readonly string[]
  readonly linux: { readonly target: readonly string[]; readonly icon: string }
  readonly deb: { readonly recommends: readonly string[] }
  readonly mac: { readonly target: readonly string[]; readonly icon: string }
  readonly win: { readonly target: readonly string[]; readonly icon: string }
}

/** electron-builder.yml is JSON with whole-line `#` comments (valid YAML), so dropping those lines leaves JSON. */
function readPackagingConfig(): PackagingConfig {
  const text = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')
  const json = text
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
  return readdirSync(join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)).split('\\').join('/'))
}

describe('electron-builder.yml', () => {
  const config = readPackagingConfig()

  it('names the app as the shell does, so Windows notifications match the installed shortcut', () => {
    expect(config.appId).toBe(appId)
    expect(config.productName).toBe(appName)
    expect(config.directories.output).toBe('dist')
  })

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

  it('packs the built app and every icon the shell loads, and not the icon generator', () => {
    const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { main: string }
    expect(listTakes(config.files, packageJson.main.replace(/^\.\//, ''))).toBe(true)
    const icons = [appIconFile, ...(['darwin', 'win32', 'linux'] as const).map(trayIconFile)]
    for (const icon of icons) {
      expect(existsSync(join(repoRoot, 'resources', icon)), icon).toBe(true)
      expect(listTakes(config.files, `resources/${icon}`), icon).toBe(true)
    }
    expect(listTakes(config.files, 'resources/make-icons.mjs')).toBe(false)
  })

  it('builds an AppImage and a deb (recommending notify-send), a dmg and an NSIS installer, with icons that exist', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.deb.recommends).toContain('libnotify-bin')
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
    for (const { icon } of [config.linux, config.mac, config.win])
      expect(existsSync(join(repoRoot, icon)), icon).toBe(true)
  })
})
