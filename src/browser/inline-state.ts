import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inlineStateId } from '../contract/inline-state'

/**
 * `html` with `state` as a JSON block at the start of the body, so the window paints its first screen without
 * waiting for a getState round trip. `<` is escaped, so no value can close the block; a JSON block is data,
 * never run, so the content security policy (no inline scripts) stays as it is.
 */
export function withInlineState(html: string, state: unknown): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c')
  return html.replace('<body>', `<body><script id="${inlineStateId}" type="application/json">${json}</script>`)
}

/** Reads the renderer's index.html once and answers each page request with the state of that moment. */
export function inlineStatePage(rendererDir: string, state: () => unknown): () => Promise<string> {
  let html: Promise<string> | undefined
  return async () => withInlineState(await (html ??= readFile(join(rendererDir, 'index.html'), 'utf8')), state())
}
