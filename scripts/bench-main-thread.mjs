// The page's own main-thread work until it has painted, from a Chromium trace: thread time (CPU), not wall time, so
// a neighbour's load on a shared machine barely moves it, unlike time-to-paint.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { loadUntilPainted, paintedMark, root } from './bench-support.mjs'

const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing']

/**
 * Milliseconds of CPU the page's main thread spent from navigation until `selector` was in the page and a frame had
 * been painted: the top-level tasks of the renderer thread that marked the paint, by their thread duration.
 */
export async function mainThreadMsToPaint(browser, url, selector, cookies = []) {
  const context = await browser.newContext()
  await context.addCookies(cookies)
  const page = await context.newPage()
  const path = join(root, 'bench', '.build', `trace-${process.pid}.json`)
  await browser.startTracing(page, { path, categories })
  await loadUntilPainted(page, url, selector)
  await browser.stopTracing()
  await context.close()
  const events = JSON.parse(readFileSync(path, 'utf8')).traceEvents
  rmSync(path, { force: true })
  return mainThreadMs(events)
}

/**
 * Sums the thread time of the outermost tasks on the marking thread from navigation through the task that painted
 * the first frame after the mark (the element's insertion): that frame's style, layout and paint count, work the
 * page does after it does not.
 */
function mainThreadMs(events) {
  const mark = events.find((event) => event.name === paintedMark)
  if (!mark) throw new Error('the trace has no paint mark')
  const onThread = events.filter((event) => event.ph === 'X' && event.pid === mark.pid && event.tid === mark.tid)
  const start = events.find(
    (event) => event.name === 'navigationStart' && event.pid === mark.pid && event.tid === mark.tid
  )
  const paint = onThread.filter((event) => event.name === 'Paint' && event.ts >= mark.ts).sort((a, b) => a.ts - b.ts)[0]
  if (!paint) throw new Error('the trace has no paint after the mark')
  const tasks = onThread
    .filter((event) => event.name === 'RunTask' && event.ts >= (start?.ts ?? 0) && event.ts <= paint.ts)
    .sort((a, b) => a.ts - b.ts)
  let threadUs = 0
  let outerEnd = -Infinity
  for (const task of tasks) {
    if (task.ts < outerEnd) continue // nested in a task already counted
    outerEnd = task.ts + task.dur
    threadUs += task.tdur ?? task.dur
  }
  return threadUs / 1000
}
