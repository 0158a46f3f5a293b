import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints why specs were skipped, grouped by reason, so a skip is never mistaken for a pass. */
export default class SkipReasonsReporter implements Reporter {
  readonly #reasons = new Map<string, number>()

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given'
    const key = `[${test.parent.project()?.name ?? '?'}] ${reason}`
    this.#reasons.set(key, (this.#reasons.get(key) ?? 0) + 1)
  }

  onEnd(): void {
    for (const [reason, count] of this.#reasons) console.log(`  skipped ${count}: ${reason}`)
  }

  printsToStdio(): boolean {
    return false
  }
}
