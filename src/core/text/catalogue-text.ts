/**
 * The one catalogue lookup Limber has: the window, the tray, notifications and the command line all fill their text
 * with it. Plain functions over plain data and no catalogue of its own, so the window's first chunk can use it
 * without carrying the service's text.
 *
 * Keys follow i18next's conventions, which the catalogues were written in: nested objects addressed by dotted
 * keys, `{{name}}` placeholders, and `_one`/`_other` (… `_few`, `_many`) plural forms chosen by `Intl.PluralRules`,
 * with `_zero` taking a count of 0 in any language when the catalogue has one.
 */

/** A catalogue: nested objects whose leaves are strings. */
export interface CatalogueTree {
  readonly [key: string]: string | CatalogueTree
}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K

/** Every dotted key of a catalogue type to a string, with plural forms named once, without their suffix. */
export type CatalogueKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : CatalogueKey<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Values put into `{{name}}` placeholders; a number `count` also picks the plural form. */
export type TextValues = Readonly<Record<string, string | number>>

function lookup(tree: CatalogueTree, path: readonly string[], last: string): string | undefined {
  let node: string | CatalogueTree | undefined = tree
  for (const part of path) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  if (node === undefined || typeof node === 'string') return undefined
  const leaf = node[last]
  return typeof leaf === 'string' ? leaf : undefined
}

const placeholder = /\{\{\s*(\w+)\s*\}\}/g

/**
 * One string from a catalogue, with its plural form for `values.count` and its placeholders filled in (a
 * placeholder without a value stays as it is); undefined when the catalogue has no such key. `pluralRules` is
 * asked only when a count is given, so text without one never starts Intl.
 */
export function catalogueText(
  tree: CatalogueTree,
  pluralRules: () => Intl.PluralRules,
  key: string,
  values?: TextValues
): string | undefined {
  const path = key.split('.')
  const last = path.pop() ?? ''
  const count = values?.count
  const template =
    typeof count === 'number'
      ? ((count === 0 ? lookup(tree, path, `${last}_zero`) : undefined) ??
        lookup(tree, path, `${last}_${pluralRules().select(count)}`) ??
        lookup(tree, path, `${last}_other`) ??
        lookup(tree, path, last))
      : lookup(tree, path, last)
  if (template === undefined || values === undefined || !template.includes('{{')) return template
  return template.replace(placeholder, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole
  )
}

/**
 * `tree` with `addition` merged in, deeply: a feature's catalogue adds its own keys beside the ones already there,
 * and never replaces a string that is already there.
 */
export function mergeCatalogues(tree: CatalogueTree, addition: CatalogueTree): CatalogueTree {
  const merged: Record<string, string | CatalogueTree> = { ...tree }
  for (const [key, value] of Object.entries(addition)) {
    const existing = merged[key]
    if (existing === undefined) merged[key] = value
    else if (typeof existing !== 'string' && typeof value !== 'string') merged[key] = mergeCatalogues(existing, value)
  }
  return merged
}

/** Plural rules made once per language, and only when a count first needs them. */
export function pluralRulesFor(language: string): () => Intl.PluralRules {
  let rules: Intl.PluralRules | undefined
  return () => (rules ??= new Intl.PluralRules(language))
}
