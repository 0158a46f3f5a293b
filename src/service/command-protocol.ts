import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve, win32 } from 'node:path'
import { z } from 'zod'
import { settingsLimits } from '../core/settings/settings-limits'

/** The routines `--start` names, and the built-in routine each one starts. */
export const startableRoutineIds = { 'warm-up': 'warm-up', 'cool-down': 'cool-down', relief: 'cramp-relief' } as const
/** A routine the command line can start. */
export type StartableRoutine = keyof typeof startableRoutineIds

/** The longest pause the command line accepts: a week, the same bound as the pauseReminders call. */
export const maxPauseMinutes = 7 * 24 * 60

/** One command sent from the command line to the running Limber. */
export type Command =
  | { readonly kind: 'log-water'; readonly amountMl: number }
  | { readonly kind: 'pause'; readonly minutes: number }
  | { readonly kind: 'resume' }
  | { readonly kind: 'start'; readonly routine: StartableRoutine }
  | { readonly kind: 'status' }

/** The running Limber's one-line answer. */
export interface CommandReply {
  readonly ok: boolean
  readonly message: string
}

/** A request is one short JSON line; anything longer is refused unread. */
export const maxRequestBytes = 4096
/** A reply is one JSON line too; the status summary is a few hundred bytes. */
export const maxReplyBytes = 16_384

const CommandSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('log-water'),
      amountMl: z.number().int().min(settingsLimits.customAmountMl.min).max(settingsLimits.customAmountMl.max)
    })
    .strict(),
  z.object({ kind: z.literal('pause'), minutes: z.number().int().min(1).max(maxPauseMinutes) }).strict(),
  z.object({ kind: z.literal('resume') }).strict(),
  z
    .object({
      kind: z.literal('start'),
      routine: z.enum(Object.keys(startableRoutineIds) as [StartableRoutine, ...StartableRoutine[]])
    })
    .strict(),
  z.object({ kind: z.literal('status') }).strict()
])
const RequestSchema = z.object({ command: CommandSchema }).strict()

/** Reads one request line from an untrusted client: the command, or why it was refused. */
export function parseCommandRequest(line: string): { ok: true; command: Command } | { ok: false; message: string } {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return { ok: false, message: 'Limber could not read that request: it is not JSON.' }
  }
  const parsed = RequestSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, message: 'Limber did not understand that command.' }
  return { ok: true, command: parsed.data.command }
}

/** One request as the client writes it. */
export const encodeCommandRequest = (command: Command): string => `${JSON.stringify({ command })}\n`

/** Reads a reply line from the server; undefined when it is not a reply. */
export function parseCommandReply(line: string): CommandReply | undefined {
  try {
    const raw = JSON.parse(line) as Partial<CommandReply> | null
    return typeof raw?.ok === 'boolean' && typeof raw.message === 'string'
      ? { ok: raw.ok, message: raw.message }
      : undefined
  } catch {
    return undefined
  }
}

/** Unix socket paths beyond this many bytes do not fit sun_path (108 on Linux, 104 on macOS), with room to spare. */
const maxSocketPathBytes = 100

const shortHash = (text: string, length: number): string =>
  createHash('sha256').update(text).digest('hex').slice(0, length)

/**
 * Where the running Limber for `dataDir` takes commands: a named pipe on Windows, `limber.sock` in the data
 * folder elsewhere, or a per-folder name in the temp folder when the data folder's path is too long for a socket.
 */
export function commandSocketPath(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
  tempDir: string = tmpdir()
): string {
  if (platform === 'win32') return `\\\\.\\pipe\\limber-${shortHash(win32.resolve(dataDir).toLowerCase(), 16)}`
  const inDataDir = join(dataDir, 'limber.sock')
  if (Buffer.byteLength(inDataDir) <= maxSocketPathBytes) return inDataDir
  return join(tempDir, `limber-${shortHash(resolve(dataDir), 16)}.sock`)
}
