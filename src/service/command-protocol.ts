import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, resolve, win32 } from 'node:path'
import { z } from 'zod'
import type { CommandLineCall } from './command-calls'

/** The running Limber's one-line answer. */
export interface CommandReply {
  readonly ok: boolean
  readonly message: string
}

/** A request is one short JSON line; anything longer is refused unread. */
export const maxRequestBytes = 4096
/** A reply is one JSON line too; the status summary is a few hundred bytes. */
export const maxReplyBytes = 16_384

/**
 * One request line as the server reads it: a call's name and its input, not yet checked against the command
 * line's allow-list or the call table (the companion validates the input like any other caller's).
 */
export interface CommandRequest {
  readonly name: string
  readonly input: unknown
}

/** Why a request line could not be read as a call. */
export type RequestProblem = 'not-json' | 'not-a-call'

const RequestSchema = z.object({ name: z.string().min(1).max(100), input: z.unknown() }).strict()

/** Reads one request line from an untrusted client: `{ name, input }`, or what is wrong with it. */
export function parseCommandRequest(
  line: string
): { ok: true; request: CommandRequest } | { ok: false; problem: RequestProblem } {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch {
    return { ok: false, problem: 'not-json' }
  }
  const parsed = RequestSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, problem: 'not-a-call' }
  return { ok: true, request: { name: parsed.data.name, input: parsed.data.input } }
}

/** One request as the command line writes it: a table call, one JSON line. */
export const encodeCommandRequest = (call: CommandLineCall): string =>
  `${JSON.stringify({ name: call.name, input: call.input })}\n`

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
