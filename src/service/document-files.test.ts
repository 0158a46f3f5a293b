import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeDocumentFiles, tempPathFor } from './document-files'
import { companionIn, tempDataDir } from './testing/temp-companion'

describe('atomic document writes', () => {
  it('replace the file whole and leave no temp file behind', async () => {
    const dataDir = tempDataDir()
    const path = join(dataDir, 'journal.json')
    writeFileSync(path, '{"old":true}')
    await nodeDocumentFiles.writeAtomic(path, '{"new":true}')
    nodeDocumentFiles.writeAtomicSync(join(dataDir, 'settings.json'), '{}')
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}')
    expect(readdirSync(dataDir).sort()).toEqual(['journal.json', 'settings.json'])
  })

  it('that fail leave the old file as it was and clean up their temp file', async () => {
    const dataDir = tempDataDir()
    // A folder where the file should be: the rename over it fails after the temp file is written.
    mkdirSync(join(dataDir, 'journal.json'))
    await expect(nodeDocumentFiles.writeAtomic(join(dataDir, 'journal.json'), '{}')).rejects.toThrow()
    expect(() => nodeDocumentFiles.writeAtomicSync(join(dataDir, 'journal.json'), '{}')).toThrow()
    expect(readdirSync(dataDir)).toEqual(['journal.json'])
  })

  it('name their temp files so that the next start removes one a crash left', () => {
    const dataDir = tempDataDir()
    writeFileSync(tempPathFor(join(dataDir, 'journal.json')), '{"half":')
    companionIn(dataDir).state()
    expect(readdirSync(dataDir).filter((name) => name.includes('.tmp-'))).toEqual([])
  })
})
