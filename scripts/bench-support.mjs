// What the bench sections share: browser mode on a temporary data folder, a static server for the yardstick pages, headless Chromium.
/* global document, MutationObserver */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const chromiumPath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium'

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Headless Debian Chromium, with the same switches for every section. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run'
    ]
  })
}

/**
 * The name loadUntilPainted gives everything it adds to a page: the timeline mark at the element's insertion, its
 * Element Timing identifier, and the start of the console line that reports the paint.
 */
export const paintedMark = 'limber-bench-painted'

/**
 * Opens `url` in `page` and resolves to the milliseconds from navigation start until the frame that first holds
 * `selector` was painted: the render time Chromium's Element Timing API reports for it (the time that frame was
 * presented), the same measure for every page. As soon as the element is in the page it is marked in the
 * page's timeline as `paintedMark` (bench-main-thread.mjs counts CPU until that frame). The page reports with a console line:
 * polling it with page.waitForFunction would put Playwright's injected script on the page's main thread while it
 * is still loading, which delays whichever page paints later.
 */
export async function loadUntilPainted(page, url, selector) {
  await page.addInitScript(
    ([wanted, markName]) => {
      new PerformanceObserver((entries, observer) => {
        const entry = entries.getEntries().find((each) => each.identifier === markName)
        if (!entry) return
        observer.disconnect()
        console.debug(markName, entry.renderTime || entry.loadTime)
      }).observe({ type: 'element', buffered: true })
      new MutationObserver((_records, observer) => {
        const element = document.querySelector(wanted)
        if (!element) return
        observer.disconnect()
        performance.mark(markName)
        // Element Timing reports text through the element that holds it: time the element and all inside it.
        for (const each of [element, ...element.querySelectorAll('*')]) each.setAttribute('elementtiming', markName)
      }).observe(document, { childList: true, subtree: true })
    },
    [selector, paintedMark]
  )
  const painted = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(paintedMark) })
  await page.goto(url, { waitUntil: 'commit' })
  const message = await painted
  return Number(message.text().slice(paintedMark.length + 1))
}

/** Serves a folder on loopback, for the yardstick pages. */
export function serveStatic(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname
    const file = join(dir, path === '/' ? 'index.html' : path.replace(/^\/+/, ''))
    if (!file.startsWith(dir)) return response.writeHead(403).end()
    let body
    try {
      body = readFileSync(file)
    } catch {
      return response.writeHead(404).end()
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** Every service the bench starts, so none outlives it (even when a measurement fails). */
const children = new Set()
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})

/** The cookie browser mode sets when its address is first opened; a reload does not go through the redirect again. */
export function sessionCookie(serviceUrl) {
  const url = new URL(serviceUrl)
  return [{ name: `limber-token-${url.port}`, value: url.searchParams.get('token'), url: url.origin }]
}

/** Calls `name` on a running browser mode the way its page does (session cookie, same origin); resolves to the outcome. */
export async function callService(service, name, body = {}) {
  const origin = new URL(service.url).origin
  const [cookie] = sessionCookie(service.url)
  const response = await fetch(`${origin}/api/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, origin },
    body: JSON.stringify(body)
  })
  const outcome = await response.json()
  if (!outcome.ok) throw new Error(`${name} failed: ${JSON.stringify(outcome)}`)
  return outcome
}

/** Moves the service's test clock to `ms` (timers due on the way fire, as they would have). */
export async function setClock(service, ms) {
  const origin = new URL(service.url).origin
  const [cookie] = sessionCookie(service.url)
  const response = await fetch(`${origin}/api/test-clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, origin },
    body: JSON.stringify({ setMs: ms })
  })
  if (!response.ok) throw new Error(`test clock: ${response.status}`)
}

/**
 * Starts browser mode on `dataDir` as someone who has finished the first-run setup (otherwise the
 * window would open the setup wizard instead of the screen being measured); `args` such as `--test-clock`.
 */
export async function startBrowserMode(dataDir = mkdtempSync(join(tmpdir(), 'limber-bench-')), args = [], env = {}) {
  const service = await spawnBrowserMode(dataDir, args, env)
  await callService(service, 'updateSettings', { setupCompleted: true }).catch(() => {
    throw new Error('could not mark the bench user as set up')
  })
  return service
}

function spawnBrowserMode(dataDir, args, env) {
  // BENCH_SERVICE_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the service itself.
  const nodeArgs = process.env.BENCH_SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? []
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'out', 'main', 'browser.js'), ...args], {
    env: { ...process.env, LIMBER_DATA_DIR: dataDir, LIMBER_NOTIFICATIONS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output)
      if (match) resolve({ child, url: match[0] })
    })
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)))
  })
}
