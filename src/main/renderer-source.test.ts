import { describe, expect, it } from 'vitest'
import { isAppUrl, isAtRoute, loadAppPage, rendererSource, type PageLoaderPort } from './renderer-source'

const html = '/opt/Limber/resources/app.asar/out/renderer/index.html'

describe('rendererSource', () => {
  it('loads the built page when no dev server is set', () => {
    expect(rendererSource({}, false, html)).toEqual({
      kind: 'file',
      path: html,
      url: 'file:///opt/Limber/resources/app.asar/out/renderer/index.html'
    })
  })

  it('loads the electron-vite dev server in an unpackaged app', () => {
    const source = rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, html)
    expect(source).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' })
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true, html).kind).toBe('file')
  })

  it('never takes a remote or non-http dev server address', () => {
    for (const url of ['https://evil.example/', 'http://evil.example:5173/', 'file:///tmp/x.html', 'not a url']) {
      expect(rendererSource({ ELECTRON_RENDERER_URL: url }, false, html).kind).toBe('file')
    }
  })
})

describe('isAppUrl', () => {
  const file = rendererSource({}, false, html)
  const dev = rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, html)

  it('accepts the built page with any in-page route or query', () => {
    expect(isAppUrl(file.url, file)).toBe(true)
    expect(isAppUrl(`${file.url}#/settings`, file)).toBe(true)
    expect(isAppUrl(`${file.url}#/mini`, file)).toBe(true)
    expect(isAppUrl(`${file.url}#/player`, file)).toBe(true)
    expect(isAppUrl(`${file.url}?tab=today`, file)).toBe(true)
  })

  it('refuses other local files, remote pages and junk when loading from a file', () => {
    expect(isAppUrl('file:///opt/Limber/resources/app.asar/out/renderer/other.html', file)).toBe(false)
    expect(isAppUrl('file:///home/someone/Downloads/index.html', file)).toBe(false)
    expect(isAppUrl('https://example.com/', file)).toBe(false)
    expect(isAppUrl('about:blank', file)).toBe(false)
    expect(isAppUrl('', file)).toBe(false)
  })

  it('accepts only the dev server origin in dev', () => {
    expect(isAppUrl('http://localhost:5173/#/journal', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/mini', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false)
    expect(isAppUrl(file.url, dev)).toBe(false)
  })
})

describe('loadAppPage', () => {
  const file = rendererSource({}, false, html)
  const dev = rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, html)
  const recorder = () => {
    const loads: unknown[][] = []
    const window: PageLoaderPort = {
      loadURL: async (url) => void loads.push(['loadURL', url]),
      loadFile: async (path, options) => void loads.push(['loadFile', path, options])
    }
    return { window, loads }
  }

  it('loads the built file with the route as its hash, or no hash for the home screen', async () => {
    const { window, loads } = recorder()
    await loadAppPage(window, file, 'mini')
    await loadAppPage(window, file)
    expect(loads).toEqual([
      ['loadFile', html, { hash: '/mini' }],
      ['loadFile', html, undefined]
    ])
  })

  it('loads the dev server URL with the route as its hash', async () => {
    const { window, loads } = recorder()
    await loadAppPage(window, dev, 'player')
    await loadAppPage(window, dev)
    expect(loads).toEqual([
      ['loadURL', 'http://localhost:5173/#/player'],
      ['loadURL', 'http://localhost:5173/']
    ])
  })
})

describe('isAtRoute', () => {
  it('reads the route from the hash of the URL the window reports', () => {
    expect(isAtRoute('file:///app/index.html#/player', 'player')).toBe(true)
    expect(isAtRoute('http://localhost:5173/#/player', 'player')).toBe(true)
    expect(isAtRoute('file:///app/index.html#/mini', 'player')).toBe(false)
    expect(isAtRoute('file:///app/index.html', 'player')).toBe(false)
    expect(isAtRoute('', 'player')).toBe(false)
  })
})
