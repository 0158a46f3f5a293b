// `npm run bench`: bundle size and time-to-paint against a bare React page, browser-mode memory, and five years of journal.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { benchFiveYearJournal, printFiveYearJournal } from './bench-journal.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const runs = Number(process.env.BENCH_RUNS ?? 15)
const chromiumPath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium'

const gzipKb = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Scripts a page loads before it can paint: its entry module and the modules it preloads. */
function initialScripts(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((match) => join(dir, match[1]))
  const all = readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, 'assets', name))
  return { initial: refs, all }
}

async function buildBaseline() {
  const outDir = join(root, 'bench', '.build', 'baseline')
  await build({
    root: join(root, 'bench', 'baseline'),
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } }
  })
  return outDir
}

/** Serves a folder on loopback, for the baseline page. */
function serveStatic(dir) {
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

/**
 * Starts browser mode on `dataDir` as someone who has finished the first-run setup (otherwise the
 * window would open the setup wizard instead of the screen being measured).
 */
async function startBrowserMode(dataDir = mkdtempSync(join(tmpdir(), 'limber-bench-'))) {
  const service = await spawnBrowserMode(dataDir)
  const origin = new URL(service.url).origin
  const [cookie] = sessionCookie(service.url)
  const response = await fetch(`${origin}/api/call/updateSettings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, origin },
    body: JSON.stringify({ setupCompleted: true })
  })
  if (!(await response.json()).ok) throw new Error('could not mark the bench user as set up')
  return service
}

function spawnBrowserMode(dataDir) {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'browser.js')], {
    env: { ...process.env, LIMBER_DATA_DIR: dataDir, LIMBER_NOTIFICATIONS: 'off' },
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

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024

/**
 * Milliseconds from navigation start until `selector` is in the page and a frame has been painted.
 * For Limber that is Today's progress ring holding the real numbers, so loading the state counts.
 */
async function timeToPaint(browser, url, selector, cookies = []) {
  const context = await browser.newContext()
  await context.addCookies(cookies)
  await context.addInitScript((wanted) => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(wanted)) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => (window.__paintedMs = performance.now()), 0))
    }).observe(document, { childList: true, subtree: true })
  }, selector)
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => window.__paintedMs !== undefined)
  const ms = await page.evaluate(() => window.__paintedMs)
  await context.close()
  return ms
}

/** The cookie browser mode sets when its address is first opened; a reload does not go through the redirect again. */
function sessionCookie(serviceUrl) {
  const url = new URL(serviceUrl)
  return [{ name: `limber-token-${url.port}`, value: url.searchParams.get('token'), url: url.origin }]
}

const baselineDir = await buildBaseline()
const rendererDir = join(root, 'out', 'renderer')
const ours = initialScripts(rendererDir)
const bare = initialScripts(baselineDir)

const service = await startBrowserMode()
await new Promise((resolve) => setTimeout(resolve, 500))
const serviceRss = rssMb(service.child.pid)
const baselineServer = await serveStatic(baselineDir)
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run'
  ]
})
const baselineUrl = `http://127.0.0.1:${baselineServer.address().port}/`
const todayTimes = []
const baselineTimes = []
const todayUrl = `${new URL(service.url).origin}/`
const todaySelector = '[role="progressbar"][aria-valuetext]'
const cookies = sessionCookie(service.url)
await timeToPaint(browser, todayUrl, todaySelector, cookies)
await timeToPaint(browser, baselineUrl, 'h1')
for (let run = 0; run < runs; run += 1) {
  todayTimes.push(await timeToPaint(browser, todayUrl, todaySelector, cookies))
  baselineTimes.push(await timeToPaint(browser, baselineUrl, 'h1'))
}
const fiveYears = await benchFiveYearJournal({ browser, startBrowserMode, timeToPaint, sessionCookie, runs })
await browser.close()
baselineServer.close()
const serviceRssAfterUse = rssMb(service.child.pid)
service.child.kill('SIGTERM')

const row = (label, limber, baseline, unit) =>
  `${label.padEnd(34)}${limber.toFixed(1).padStart(10)} ${unit}${baseline.toFixed(1).padStart(10)} ${unit}${(limber / baseline).toFixed(2).padStart(9)}×`
console.log(`\nLimber bench (${runs} runs each, medians; headless Chromium ${chromiumPath})\n`)
console.log(`${''.padEnd(34)}${'Limber'.padStart(13)}${'bare React'.padStart(13)}${'ratio'.padStart(10)}`)
console.log(row('renderer JS, initial (gzip)', gzipKb(ours.initial), gzipKb(bare.initial), 'KB'))
console.log(row('renderer JS, all chunks (gzip)', gzipKb(ours.all), gzipKb(bare.all), 'KB'))
console.log(row('time until Today has painted*', median(todayTimes), median(baselineTimes), 'ms'))
console.log('* Limber: Today with its numbers (state loaded); bare React: its one <h1>. Each load in a fresh context.')
console.log(
  `\nbrowser-mode service memory: ${serviceRss.toFixed(1)} MB RSS after start, ${serviceRssAfterUse.toFixed(1)} MB after ${runs * 2 + 2} page loads`
)
printFiveYearJournal(fiveYears, runs)
