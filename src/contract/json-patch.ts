/** One step of a slice patch: set the value at a path (an empty path is the whole slice), append to an array, or remove a key. */
export type PatchOp =
  | { readonly path: readonly (string | number)[]; readonly set: unknown }
  | { readonly path: readonly (string | number)[]; readonly append: readonly unknown[] }
  | { readonly path: readonly (string | number)[]; readonly remove: true }

type Json = unknown
type JsonObject = { readonly [key: string]: Json }

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Whether two values would be written as the same JSON (keys in any order; a key holding `undefined` counts as
 * absent, as JSON drops it). Parts shared by reference are not walked, and the first difference ends the walk:
 * a slice of thousands of entries that gained one compares in a glance, where writing both out would not.
 */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let index = 0; index < a.length; index += 1) {
      if (!sameJson(a[index] ?? null, b[index] ?? null)) return false
    }
    return true
  }
  const aKeys = definedKeys(a as JsonObject)
  const bKeys = definedKeys(b as JsonObject)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) => sameJson((a as JsonObject)[key], (b as JsonObject)[key]))
}

const definedKeys = (value: JsonObject): string[] => Object.keys(value).filter((key) => value[key] !== undefined)

/**
 * Whether `value` written as JSON is longer than `limit` characters; stops counting once it is, so a large
 * slice is not written out only to be measured.
 */
export function jsonLongerThan(value: Json, limit: number): boolean {
  let length = 0
  const count = (part: Json): boolean => {
    if (typeof part !== 'object' || part === null) {
      length += (JSON.stringify(part) ?? 'null').length
      return length > limit
    }
    const entries = Array.isArray(part)
      ? part.map((item: Json) => [undefined, item ?? null] as const)
      : Object.entries(part).filter(([, item]) => item !== undefined)
    length += 2 + Math.max(0, entries.length - 1)
    for (const [key, item] of entries) {
      if (key !== undefined) length += JSON.stringify(key).length + 1
      if (length > limit || count(item)) return true
    }
    return length > limit
  }
  return count(value)
}

const same = sameJson

/** The steps that turn `previous` into `next` (plain JSON data): appends for grown lists, sets for what differs. */
export function diffJson(previous: Json, next: Json, path: (string | number)[] = [], ops: PatchOp[] = []): PatchOp[] {
  if (same(previous, next)) return ops
  if (Array.isArray(previous) && Array.isArray(next)) {
    if (next.length > previous.length && previous.every((item, index) => same(item, next[index]))) {
      ops.push({ path, append: next.slice(previous.length) })
    } else if (next.length === previous.length) {
      next.forEach((item, index) => diffJson(previous[index], item, [...path, index], ops))
    } else {
      ops.push({ path, set: next })
    }
    return ops
  }
  if (isObject(previous) && isObject(next)) {
    for (const key of Object.keys(next)) {
      if (Object.hasOwn(previous, key)) diffJson(previous[key], next[key], [...path, key], ops)
      else ops.push({ path: [...path, key], set: next[key] })
    }
    for (const key of Object.keys(previous))
      if (!Object.hasOwn(next, key)) ops.push({ path: [...path, key], remove: true })
    return ops
  }
  ops.push({ path, set: next })
  return ops
}

/** Applies one step to a value without changing it: the parts along the path are copied. */
function applyOp(value: Json, op: PatchOp, depth = 0): Json {
  if (depth === op.path.length) {
    if ('set' in op) return op.set
    if ('append' in op) return [...(Array.isArray(value) ? value : []), ...op.append]
    return undefined
  }
  const key = op.path[depth]!
  if (Array.isArray(value) && typeof key === 'number') {
    return value.map((item: Json, index) => (index === key ? applyOp(item, op, depth + 1) : item))
  }
  const record = isObject(value) ? value : {}
  if ('remove' in op && depth === op.path.length - 1) {
    const { [key]: _removed, ...rest } = record
    return rest
  }
  return { ...record, [key]: applyOp(record[key], op, depth + 1) }
}

/** Applies the steps in order, copying only what they touch. */
export const applyJsonPatch = (value: Json, ops: readonly PatchOp[]): Json =>
  ops.reduce((patched, op) => applyOp(patched, op), value)
