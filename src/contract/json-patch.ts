/** One step of a slice patch: set the value at a path (an empty path is the whole slice), append to an array, or remove a key. */
export type PatchOp =
  | { readonly path: readonly (string | number)[]; readonly set: unknown }
  | { readonly path: readonly (string | number)[]; readonly append: readonly unknown[] }
  | { readonly path: readonly (string | number)[]; readonly remove: true }

type Json = unknown
type JsonObject = { readonly [key: string]: Json }

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const same = (a: Json, b: Json): boolean => a === b || JSON.stringify(a) === JSON.stringify(b)

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
