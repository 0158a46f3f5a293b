import { describe, expect, it } from 'vitest'
import type { DocumentStoreOptions } from '../service/ports'
import { toElectronStoreOptions } from './electron-store-options'

const options: DocumentStoreOptions = {
  cwd: '/data/Limber',
  configName: 'journal',
  defaults: { water: [] },
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false
}

describe('toElectronStoreOptions', () => {
  it('names the file through `name`, so settings and the journal keep separate files', () => {
    expect(toElectronStoreOptions(options)).toEqual({
      cwd: '/data/Limber',
      name: 'journal',
      defaults: { water: [] },
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      watch: false
    })
  })

  it('leaves no `configName` for electron-store to overwrite', () => {
    expect(toElectronStoreOptions(options)).not.toHaveProperty('configName')
  })
})
