import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Lints one line of source as if it were the file at `filePath`, with the repository's own config. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId === 'limber/layers').map((m) => m.message)
}

describe('the layering allow-list', () => {
  it('refuses core importing the service', async () => {
    const errors = await layerErrors(
      'src/core/health/example.ts',
      "export { companion } from '../../service/companion'\n"
    )
    expect(errors).toEqual(["src/core may import only from src/core; '../../service/companion' is in src/service."])
  })

  it('refuses the window importing the Electron shell, even from a test', async () => {
    const errors = await layerErrors(
      'src/renderer/src/today/example.test.ts',
      "import type { X } from '../../../main/tray-menu'\nexport type Y = X\n"
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^src\/renderer may import only from src\/renderer, src\/contract, src\/core;/)
  })

  it('refuses a dynamic import across the list too', async () => {
    const errors = await layerErrors(
      'src/contract/example.ts',
      "export const load = () => import('../service/companion')\n"
    )
    expect(errors).toHaveLength(1)
  })

  it('lets the service import contract and core', async () => {
    const code =
      "import { callTable } from '../contract/contract'\nimport { hydrationDay } from '../core/journal/hydration'\nexport const used = [callTable, hydrationDay]\n"
    expect(await layerErrors('src/service/example.ts', code)).toEqual([])
  })
})
