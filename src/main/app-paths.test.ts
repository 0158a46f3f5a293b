import { describe, expect, it } from 'vitest'
import { appPaths, outsideAsar, trayIconFile } from './app-paths'

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

describe('outsideAsar', () => {
  it('points a file packed in app.asar at its unpacked copy, on POSIX and Windows paths', () => {
    expect(outsideAsar('/opt/Limber/resources/app.asar/resources/icon.png')).toBe(
      '/opt/Limber/resources/app.asar.unpacked/resources/icon.png'
    )
    expect(outsideAsar('C:\\Program Files\\Limber\\resources\\app.asar\\resources\\icon.png')).toBe(
      'C:\\Program Files\\Limber\\resources\\app.asar.unpacked\\resources\\icon.png'
    )
  })

  it('leaves a path outside any archive alone (development, a plain build)', () => {
    expect(outsideAsar('/home/runner/limber/resources/icon.png')).toBe('/home/runner/limber/resources/icon.png')
    expect(outsideAsar('/home/runner/app.asarchive/icon.png')).toBe('/home/runner/app.asarchive/icon.png')
  })
})
