import { describe, expect, it } from 'vitest'
import { mainWindowOptions, windowBackground } from './window-options'

const input = { preloadPath: '/app/out/preload/index.cjs', iconPath: '/app/resources/icon.png' }

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page, with no Node anywhere in it', () => {
    const { webPreferences } = mainWindowOptions({ ...input, theme: { shouldUseDarkColors: false } })
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false
    })
  })

  it('loads the bundled CommonJS preload and the app icon', () => {
    const options = mainWindowOptions({ ...input, theme: { shouldUseDarkColors: false } })
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs')
    expect(options.icon).toBe('/app/resources/icon.png')
    expect(options.title).toBe('Limber')
  })

  it('stays hidden until ready to show, at a size that fits the Today screen', () => {
    const options = mainWindowOptions({ ...input, theme: { shouldUseDarkColors: false } })
    expect(options).toMatchObject({ show: false, width: 960, height: 720, minWidth: 420, minHeight: 560 })
  })

  it('paints the background of the current theme before the page loads', () => {
    expect(mainWindowOptions({ ...input, theme: { shouldUseDarkColors: true } }).backgroundColor).toBe(
      windowBackground.dark
    )
    expect(mainWindowOptions({ ...input, theme: { shouldUseDarkColors: false } }).backgroundColor).toBe(
      windowBackground.light
    )
  })
})
