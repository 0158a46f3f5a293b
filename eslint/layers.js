// The layering rule: which folder of src/ may import which, as an allow-list (VS Code keeps its layers
// the same way). Anything not listed is refused, so a new folder has to be placed on purpose.
import { dirname, relative, resolve, sep } from 'node:path'

/** For each layer (a folder under src/), the layers its files may import from. */
export const layerAllowList = {
  core: ['core'],
  contract: ['contract', 'core'],
  service: ['service', 'contract', 'core'],
  renderer: ['renderer', 'contract', 'core'],
  preload: ['preload', 'contract'],
  main: ['main', 'cli', 'service', 'contract', 'core'],
  browser: ['browser', 'service', 'contract', 'core'],
  cli: ['cli', 'service', 'contract', 'core']
}

const srcRoot = resolve(import.meta.dirname, '..', 'src')

/** The layer a file belongs to, or undefined outside src/. */
export function layerOf(file) {
  const rel = relative(srcRoot, file)
  if (rel.startsWith('..') || rel === '') return undefined
  return rel.split(sep)[0]
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'src/ layers import only from the layers they are allowed to (eslint/layers.js)' },
    schema: []
  },
  create(context) {
    const from = layerOf(context.filename)
    if (from === undefined) return {}
    const allowed = layerAllowList[from]
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const to = layerOf(resolve(dirname(context.filename), source))
      if (to === undefined || allowed?.includes(to)) return
      context.report({
        node,
        message: allowed
          ? `src/${from} may import only from ${allowed.map((layer) => `src/${layer}`).join(', ')}; '${source}' is in src/${to}.`
          : `src/${from} is not a known layer: add it to layerAllowList in eslint/layers.js.`
      })
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value)
    }
  }
}
