import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { activityImportLimits } from '../../../contract/slices/activities'
import { base64OfBytes, importBatches } from './file-encoding'

describe('reading activity files for sending', () => {
  it('encodes 50 MB in pieces to the same base64 as encoding it whole, without overflowing the stack', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1)
    for (let index = 0; index < bytes.length; index += 4099) bytes[index] = index % 251
    expect(await base64OfBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'))
  })

  it('splits many or large files into calls the service accepts', () => {
    const small = Array.from({ length: 120 }, (_, index) => ({ name: `${index}.fit`, dataBase64: 'AAAA' }))
    expect(importBatches(small).map((batch) => batch.length)).toEqual([50, 50, 20])
    const big = { name: 'big.fit', dataBase64: 'A'.repeat((activityImportLimits.totalBytes / 3) * 4 * 0.6) }
    expect(importBatches([big, big, { name: 'x.gpx', dataBase64: 'AAAA' }]).map((batch) => batch.length)).toEqual([
      1, 2
    ])
  })
})
