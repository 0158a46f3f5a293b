// Browser mode under load: many clients logging glasses at once, each holding the event stream open like a page.
// On its own: `BENCH_ONLY=load npm run bench`, or `node scripts/bench-load.mjs` after `npx electron-vite build`.
// BENCH_LOAD_CLIENTS and BENCH_LOAD_GLASSES change the size (defaults: 50 clients × 200 glasses).
import { readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { fileURLToPath } from 'node:url'
import { callService, sessionCookie, startBrowserMode } from './bench-support.mjs'

const clients = Number(process.env.BENCH_LOAD_CLIENTS ?? 50)
const glassesPerClient = Number(process.env.BENCH_LOAD_GLASSES ?? 200)
/** Glass sizes differ per client, so a lost or doubled glass changes the total. */
const glassMl = (client) => 100 + (client % 7) * 25

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Opens the event stream as a page would and counts what arrives; resolves once the first event is in. */
function openEventStream(service) {
  const url = new URL(service.url)
  const [cookie] = sessionCookie(service.url)
  const stream = { events: 0, bytes: 0, status: 0, ended: false, close: () => {} }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: '/api/events',
        headers: { host: url.host, cookie: `${cookie.name}=${cookie.value}` }
      },
      (res) => {
        stream.status = res.statusCode ?? 0
        if (stream.status !== 200) {
          res.resume()
          return resolve(stream)
        }
        res.on('data', (chunk) => {
          stream.bytes += chunk.length
          // Every event starts with an `event:` line; count them without parsing the (large) payloads.
          for (let at = chunk.indexOf('event: '); at !== -1; at = chunk.indexOf('event: ', at + 1)) stream.events += 1
          if (stream.events > 0) resolve(stream)
        })
        res.on('error', () => {})
        // Browser mode drops a page that stops reading; a bench client that reads should never see this.
        res.on('close', () => (stream.ended = true))
      }
    )
    stream.close = () => req.destroy()
    req.on('error', reject)
    req.end()
  })
}

/** One glass alone, with the event streams open: the bytes of its reply and of the event each page gets for it. */
async function oneGlassBytes(service, stream) {
  const origin = new URL(service.url).origin
  const [cookie] = sessionCookie(service.url)
  const headers = { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, origin }
  const before = stream.bytes
  const response = await fetch(`${origin}/api/call/logWater`, { method: 'POST', headers, body: '{"amountMl":250}' })
  const replyBytes = (await response.arrayBuffer()).byteLength
  for (let waited = 0; stream.bytes === before && waited < 2000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  await new Promise((resolve) => setTimeout(resolve, 100))
  return { replyBytes, eventBytes: stream.bytes - before, amountMl: 250 }
}

/** One client: `glasses` glasses one after another, each timed from request to the whole reply read. */
async function runClient(service, client, glasses, latencies) {
  const origin = new URL(service.url).origin
  const [cookie] = sessionCookie(service.url)
  const headers = { 'content-type': 'application/json', cookie: `${cookie.name}=${cookie.value}`, origin }
  const body = JSON.stringify({ amountMl: glassMl(client) })
  let failures = 0
  for (let glass = 0; glass < glasses; glass += 1) {
    const startedMs = performance.now()
    const response = await fetch(`${origin}/api/call/logWater`, { method: 'POST', headers, body })
    await response.arrayBuffer()
    latencies.push(performance.now() - startedMs)
    if (response.status !== 200) failures += 1
  }
  return failures
}

/**
 * Starts browser mode on a fresh data folder, opens one event stream per client, then lets every
 * client log its glasses at the same time. Afterwards the day's total must be exactly what was sent.
 */
export async function benchLoad({ clientCount = clients, glasses = glassesPerClient } = {}) {
  const service = await startBrowserMode()
  try {
    await new Promise((resolve) => setTimeout(resolve, 500))
    const rssAfterStartMb = rssMb(service.child.pid)
    const streams = await Promise.all(Array.from({ length: clientCount }, () => openEventStream(service)))
    const refusedStreams = streams.filter((stream) => stream.status !== 200).length
    const oneGlass = await oneGlassBytes(
      service,
      streams.find((stream) => stream.status === 200)
    )
    let peakRssMb = rssMb(service.child.pid)
    const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMb(service.child.pid))), 100)
    // Each page loads the state first, as the window does at start-up; the timed glasses then reuse those connections.
    await Promise.all(Array.from({ length: clientCount }, () => callService(service, 'getState')))
    const latencies = []
    const startedMs = performance.now()
    const failures = await Promise.all(
      Array.from({ length: clientCount }, (_, client) => runClient(service, client, glasses, latencies))
    )
    const elapsedMs = performance.now() - startedMs
    clearInterval(sampler)
    peakRssMb = Math.max(peakRssMb, rssMb(service.child.pid))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const { state } = (await callService(service, 'getState')).value
    const expectedMl = Array.from({ length: clientCount }, (_, client) => glassMl(client) * glasses).reduce(
      (sum, ml) => sum + ml,
      oneGlass.amountMl
    )
    const open = streams.filter((stream) => stream.status === 200)
    const result = {
      clients: clientCount,
      glasses,
      calls: latencies.length,
      failedCalls: failures.reduce((sum, count) => sum + count, 0),
      elapsedMs,
      sorted: latencies.sort((a, b) => a - b),
      expectedMl,
      totalMl: state.today.totalMl,
      entries: state.today.entries.length,
      refusedStreams,
      droppedStreams: open.filter((stream) => stream.ended).length,
      minEventsPerStream: Math.min(...open.map((stream) => stream.events)),
      eventMb: open.reduce((sum, stream) => sum + stream.bytes, 0) / 1024 / 1024,
      rssAfterStartMb,
      peakRssMb,
      rssAfterMb: rssMb(service.child.pid),
      oneGlass
    }
    for (const stream of streams) stream.close()
    return result
  } finally {
    service.child.kill('SIGTERM')
  }
}

/** The load figures as the bench prints them. */
export function printLoad(result) {
  const exact = result.totalMl === result.expectedMl && result.entries === result.clients * result.glasses + 1
  console.log(
    `\nOne glass, alone: ${result.oneGlass.replyBytes} B reply, ${result.oneGlass.eventBytes} B pushed to each open page ` +
      '(target: at most 1 KB each)'
  )
  console.log(
    `\nUnder load: ${result.clients} clients × ${result.glasses} glasses (logWater over HTTP, each client with an open event stream)`
  )
  console.log(
    `  calls: ${result.calls} in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
      `(${(result.calls / (result.elapsedMs / 1000)).toFixed(0)} calls/s), ${result.failedCalls} failed; ` +
      `call latency p50 ${percentile(result.sorted, 50).toFixed(1)} ms, p99 ${percentile(result.sorted, 99).toFixed(1)} ms, ` +
      `max ${result.sorted.at(-1).toFixed(1)} ms (target: p99 under 100 ms)`
  )
  console.log(
    `  total afterwards: ${result.totalMl} ml in ${result.entries} entries, expected ${result.expectedMl} ml: ${exact ? 'exact' : 'WRONG'}`
  )
  console.log(
    `  event streams: ${result.refusedStreams} refused, ${result.droppedStreams} dropped, fewest events on one stream ${result.minEventsPerStream}, ` +
      `${result.eventMb.toFixed(0)} MB sent to all streams`
  )
  console.log(
    `  service RSS: ${result.rssAfterStartMb.toFixed(1)} MB after start, peak ${result.peakRssMb.toFixed(1)} MB, ` +
      `${result.rssAfterMb.toFixed(1)} MB afterwards`
  )
  if (!exact) process.exitCode = 1
}

export async function runLoadSection() {
  printLoad(await benchLoad())
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runLoadSection()
