import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { companionIn, tempDataDir } from './testing/temp-companion'

/**
 * Saves the journal through conf (as browser mode does) in a child process that is killed between writing
 * the temp file and renaming it over journal.json: the crash the temp files come from.
 */
function crashMidSave(dataDir: string): void {
  const script = `
    import fs from 'node:fs'
    fs.renameSync = () => process.kill(process.pid, 'SIGKILL')
    const { default: Conf } = await import('conf')
    new Conf({ cwd: process.argv[1], configName: 'journal' }).set('water', [])
  `
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, dataDir], { cwd: process.cwd() })
  expect(child.signal).toBe('SIGKILL')
}

const tempFilesIn = (dataDir: string): string[] => readdirSync(dataDir).filter((name) => name.includes('.tmp-'))

describe('temp files left by an interrupted save', () => {
  it('are removed at the next start, for every document', () => {
    const dataDir = tempDataDir()
    crashMidSave(dataDir)
    crashMidSave(dataDir)
    expect(tempFilesIn(dataDir)).toHaveLength(2)
    for (const name of ['settings', 'routines', 'reminders', 'session']) {
      writeFileSync(join(dataDir, `${name}.json.tmp-4912345678a3f09c`), '{"half":')
    }

    companionIn(dataDir).state()

    expect(tempFilesIn(dataDir)).toEqual([])
  })

  it('leave everything else in the data folder alone', () => {
    const dataDir = tempDataDir()
    const others = [
      'journal.json.invalid-2026-11-25T21-30-00-000Z',
      'journal.json.tmp-mine',
      'journal.json.tmp-4912345678a3f09c.bak',
      'photos.json.tmp-4912345678a3f09c',
      'notes.txt'
    ]
    for (const name of others) writeFileSync(join(dataDir, name), 'keep me')
    mkdirSync(join(dataDir, 'settings.json.tmp-4912345678a3f09c'))
    writeFileSync(join(dataDir, 'journal.json.tmp-4912345678a3f09c'), '{"half":')

    companionIn(dataDir).state()

    const left = readdirSync(dataDir)
    expect(left).not.toContain('journal.json.tmp-4912345678a3f09c')
    expect(left).toEqual(expect.arrayContaining([...others, 'settings.json.tmp-4912345678a3f09c']))
    for (const name of others) expect(readFileSync(join(dataDir, name), 'utf8')).toBe('keep me')
  })
})
