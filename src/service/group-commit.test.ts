import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AnyCallOutcome } from '../contract/contract'
import { nodeDocumentFiles, type DocumentFiles } from './document-files'
import { companionIn, fakeClock, tempDataDir } from './testing/temp-companion'

const noon = Date.UTC(2026, 10, 25, 12)

/** The real files, with every save of the journal counted; a save can be held back or made to fail. */
function watchedFiles() {
  const files = {
    journalSaves: 0,
    failing: false,
    hold: undefined as Promise<void> | undefined,
    async writeAtomic(path: string, text: string) {
      if (path.endsWith('journal.json')) {
        files.journalSaves += 1
        await files.hold
        if (files.failing) throw new Error('ENOSPC: no space left on device')
      }
      await nodeDocumentFiles.writeAtomic(path, text)
    },
    writeAtomicSync: nodeDocumentFiles.writeAtomicSync
  } satisfies DocumentFiles & Record<string, unknown>
  return files
}

const waterOnDisk = (dataDir: string): number[] =>
  (JSON.parse(readFileSync(join(dataDir, 'journal.json'), 'utf8')) as { water: { amountMl: number }[] }).water.map(
    (entry) => entry.amountMl
  )

const glasses = (count: number): number[] => Array.from({ length: count }, (_, index) => 100 + index)

describe('saving the journal by group commit', () => {
  it('writes many glasses logged at once in fewer saves than calls, and every one is on disk when its call answers', async () => {
    const dataDir = tempDataDir()
    const files = watchedFiles()
    const companion = companionIn(dataDir, fakeClock(noon), undefined, { files })

    const pushed: number[] = []
    companion.on('stateChanged', (changes) => pushed.push(changes.revision))

    const outcomes = await Promise.all(glasses(20).map((amountMl) => companion.invoke('logWater', { amountMl })))

    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    // Every answer carries the change that holds its glass; the windows hear of them as often as they are saved.
    expect(outcomes.map((outcome) => outcome.ok && outcome.changes?.revision)).toEqual(Array(20).fill(pushed.at(-1)))
    expect(pushed.length).toBe(files.journalSaves)
    expect(files.journalSaves).toBeLessThan(20)
    expect(waterOnDisk(dataDir).sort()).toEqual(glasses(20))
    expect(companionIn(dataDir, fakeClock(noon)).state().today.totalMl).toBe(20 * 100 + 190)
  })

  it('gathers the glasses logged while a save is on its way into the one next save', async () => {
    const dataDir = tempDataDir()
    const files = watchedFiles()
    const companion = companionIn(dataDir, fakeClock(noon), undefined, { files })
    let release = (): void => {}
    files.hold = new Promise((resolve) => (release = resolve))

    const first = companion.invoke('logWater', { amountMl: 250 })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(files.journalSaves).toBe(1)
    const answered: number[] = []
    const later = glasses(5).map((amountMl) =>
      companion.invoke('logWater', { amountMl }).then((outcome) => {
        answered.push(amountMl)
        return outcome
      })
    )
    await new Promise((resolve) => setTimeout(resolve, 10))
    // Nobody is told "saved" while the file does not hold the glass yet.
    expect(answered).toEqual([])
    files.hold = undefined
    release()

    expect([await first, ...(await Promise.all(later))].every((outcome) => outcome.ok)).toBe(true)
    expect(files.journalSaves).toBe(2)
    expect(waterOnDisk(dataDir).sort()).toEqual([...glasses(5), 250])
  })

  it('refuses every call a failed save carried, and shows only what is on disk', async () => {
    const dataDir = tempDataDir()
    const files = watchedFiles()
    const companion = companionIn(dataDir, fakeClock(noon), undefined, { files })
    expect((await companion.invoke('logWater', { amountMl: 300 })).ok).toBe(true)
    const pushed: number[] = []
    companion.on('stateChanged', (changes) => pushed.push(changes.revision))

    files.failing = true
    const outcomes: AnyCallOutcome[] = await Promise.all(
      glasses(5).map((amountMl) => companion.invoke('logWater', { amountMl }))
    )

    expect(outcomes.map((outcome) => (outcome.ok ? 'saved' : outcome.error.code))).toEqual(Array(5).fill('internal'))
    expect(outcomes[0]).toMatchObject({ error: { message: expect.stringContaining('no space left') } })
    expect(waterOnDisk(dataDir)).toEqual([300])
    expect(companion.state().today.entries.map((entry) => entry.amountMl)).toEqual([300])
    // Changes go to the windows only once saved: they never showed the glasses that were lost.
    expect(pushed).toEqual([])

    files.failing = false
    expect((await companion.invoke('logWater', { amountMl: 200 })).ok).toBe(true)
    expect(waterOnDisk(dataDir)).toEqual([300, 200])
    expect(companion.state().today.totalMl).toBe(500)
  })
})
