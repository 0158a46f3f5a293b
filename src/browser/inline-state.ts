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

const policyMeta = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i

/**
 * `html` without its Content-Security-Policy `<meta>`, for a server that sends the same policy as a header (the
 * desktop window's file has no headers, so the file keeps the tag). Chromium's preload scanner holds back every
 * fetch until the parser has applied a policy tag, so with the tag the window's scripts were requested about
 * 25 ms later; a header is in force before the first byte of the page.
 */
export const withoutPolicyMeta = (html: string): string => html.replace(policyMeta, '')

/** The policy the page's `<meta>` tag states, if it has one. */
export const policyMetaContent = (html: string): string | undefined =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1]

/**
 * Reads the renderer's index.html once (its policy tag left out: the server sends the policy as a header) and
 * answers each page request with the state of that moment.
 */
export function inlineStatePage(rendererDir: string, state: () => unknown): () => Promise<string> {
  let html: Promise<string> | undefined
  const page = async (): Promise<string> => withoutPolicyMeta(await readFile(join(rendererDir, 'index.html'), 'utf8'))
  return async () => withInlineState(await (html ??= page()), state())
}
