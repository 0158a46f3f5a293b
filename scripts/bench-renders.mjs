// Renders per push: how many React components re-render on Today when the service pushes a change.
// A change to a slice Today does not read (the running routine moving on) should render nothing there;
// a glass should render the parts that show water. Counted with a minimal React DevTools hook: the
// same signal DevTools uses (a component whose render function ran in that commit).
/* global window */
import { callService, launchChromium, median, sessionCookie, startBrowserMode } from './bench-support.mjs'

/** Installed before React loads: counts commits and the components whose render ran in each. */
function installRenderCounter() {
  const PerformedWork = 1
  const componentTags = new Set([0, 1, 11, 15]) // function, class, forwardRef, simple memo
  const counter = { commits: 0, renders: 0 }
  const walk = (next, prev) => {
    if (componentTags.has(next.tag) && (prev === null || (next.flags & PerformedWork) !== 0)) counter.renders += 1
    // A subtree React bailed out of keeps the very same child fibers: nothing under it rendered.
    if (prev !== null && next.child === prev.child) return
    for (let child = next.child; child !== null; child = child.sibling) walk(child, child.alternate)
  }
  window.__limberRenders = counter
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(this.renderers.size + 1, renderer)
      return this.renderers.size
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      counter.commits += 1
      const current = root.current
      walk(current, current.alternate)
    }
  }
}

/** Does `push` `times` times and returns the median components rendered and commits per push. */
async function perPush(page, times, push) {
  const renders = []
  const commits = []
  for (let i = 0; i < times; i += 1) {
    await page.evaluate(() => Object.assign(window.__limberRenders, { commits: 0, renders: 0 }))
    await push(i)
    await page.waitForTimeout(250) // the event arrives over the stream and React commits within a frame or two
    const counted = await page.evaluate(() => ({ ...window.__limberRenders }))
    renders.push(counted.renders)
    commits.push(counted.commits)
  }
  return { renders: median(renders), commits: median(commits), max: Math.max(...renders) }
}

export async function benchRenders({ browser, times = 9 }) {
  const service = await startBrowserMode()
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addCookies(sessionCookie(service.url))
    await context.addInitScript(installRenderCounter)
    const page = await context.newPage()
    await page.goto(service.url)
    await page.getByRole('progressbar').first().waitFor()
    await callService(service, 'startRoutine', { routineId: 'warm-up' })
    await page.waitForTimeout(500)
    const step = await perPush(page, times, () => callService(service, 'skipRoutineStep'))
    await callService(service, 'stopRoutine').catch(() => {})
    const glass = await perPush(page, times, () => callService(service, 'logWater', { amountMl: 250 }))
    await context.close()
    return { step, glass }
  } finally {
    service.child.kill('SIGTERM')
  }
}

export function printRenders({ step, glass }) {
  console.log('\nrenders per push (Today open; React components whose render ran, median of 9 pushes)')
  console.log(`  routine moves to its next step: ${step.renders} renders in ${step.commits} commits (max ${step.max})`)
  console.log(
    `  a glass is logged:              ${glass.renders} renders in ${glass.commits} commits (max ${glass.max})`
  )
}

export async function runRendersSection() {
  const browser = await launchChromium()
  try {
    printRenders(await benchRenders({ browser }))
  } finally {
    await browser.close()
  }
}
