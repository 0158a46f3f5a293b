import { describe, expect, it } from 'vitest'
import { appPaths, trayIconFile } from './app-paths'

describe('appPaths', () => {
  it('finds the preload, the page and the resources next to the built main bundle', () => {
    expect(appPaths('file:///opt/Limber/resources/app.asar/out/main/index.js')).toEqual({
      preload: '/opt/Limber/resources/app.asar/out/preload/index.cjs',
      rendererHtml: '/opt/Limber/resources/app.asar/out/renderer/index.html',
      resourcesDir: '/opt/Limber/resources/app.asar/resources/'
    })
  })

  it('decodes escaped characters in the bundle URL into a plain path', () => {
    expect(appPaths('file:///home/a%20runner/limber/out/main/index.js').preload).toBe(
      '/home/a runner/limber/out/preload/index.cjs'
    )
  })
})

describe('trayIconFile', () => {
  it('uses a template image on macOS, the @2x-paired icon on Windows and a panel-sized icon on Linux', () => {
    expect(trayIconFile('darwin')).toBe('tray-iconTemplate.png')
    expect(trayIconFile('win32')).toBe('tray-icon.png')
    expect(trayIconFile('linux')).toBe('tray-icon-22.png')
  })
})
