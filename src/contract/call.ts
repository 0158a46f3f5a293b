import { z } from 'zod'

/** Type-only key that carries a call's result type; no value ever has it. */
declare const resultType: unique symbol

/**
 * One call as its slice declares it: the zod schema its input must pass, whether it only reads
 * (a query neither replans nor pushes changes), and — as a type — what it answers with.
 */
export interface CallSpec<Input extends z.ZodType = z.ZodType, Result = unknown> {
  readonly input: Input
  readonly query: boolean
  readonly [resultType]?: Result
}

/** A call that changes something: `command<Result>()(inputSchema)`. */
export const command =
  <Result>() =>
  <Input extends z.ZodType>(input: Input): CallSpec<Input, Result> => ({ input, query: false })

/** A call that only reads: it answers with data and changes nothing. */
export const query =
  <Result>() =>
  <Input extends z.ZodType>(input: Input): CallSpec<Input, Result> => ({ input, query: true })

/** The input of a call that takes none. */
export const noInput = z.object({}).strict()

/** What a call that has nothing of its own to say answers (its effect travels as `changes`). */
export type Done = null

/** A call's result type, read from its spec. */
export type ResultOf<S> = S extends CallSpec<z.ZodType, infer Result> ? Result : never

/** A slice: the state keys it owns and its calls. */
export interface SliceSpec<StateKey extends string, Calls extends Record<string, CallSpec>> {
  readonly state: readonly StateKey[]
  readonly calls: Calls
}

/** Declares a slice (the identity function, for inference). */
export const slice = <StateKey extends string, Calls extends Record<string, CallSpec>>(
  spec: SliceSpec<StateKey, Calls>
): SliceSpec<StateKey, Calls> => spec
