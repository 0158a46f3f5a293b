import { Worker } from 'node:worker_threads'

/**
 * The one write a save makes, run on a thread of its own: temp file, write, fsync, close, rename in one go.
 * Through fs/promises the same steps are five round trips through libuv's pool, each waiting for the service's
 * thread to be scheduled again; on a busy machine that made a save several times slower (see the load bench).
 * Plain CommonJS source, so it runs as it is wherever the service does (bundled or not, Electron or Node).
 */
const source = `
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
parentPort.on('message', ({ id, path, temp, text }) => {
  try {
    const fd = fs.openSync(temp, 'w')
    try {
      fs.writeSync(fd, text, null, 'utf8')
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temp, path)
    parentPort.postMessage({ id })
  } catch (error) {
    try { fs.rmSync(temp, { force: true }) } catch {}
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } })
  }
})
`

interface Pending {
  readonly resolve: () => void
  readonly reject: (error: Error) => void
}

let worker: Worker | undefined
const pending = new Map<number, Pending>()
let nextId = 0

function saveThread(): Worker {
  if (worker) return worker
  const started = new Worker(source, { eval: true })
  started.on('message', ({ id, error }: { id: number; error?: { message: string; code?: string } }) => {
    const waiting = pending.get(id)
    pending.delete(id)
    if (pending.size === 0) started.unref()
    if (error) waiting?.reject(Object.assign(new Error(error.message), error.code ? { code: error.code } : {}))
    else waiting?.resolve()
  })
  const fail = (error: Error): void => {
    worker = undefined
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  }
  started.on('error', fail)
  started.on('exit', (code) => fail(new Error(`The save thread stopped (${code})`)))
  worker = started
  return started
}

/** Writes `text` to `temp`, fsyncs it and renames it over `path`, off the service's thread. */
export function saveOnThread(path: string, temp: string, text: string): Promise<void> {
  const thread = saveThread()
  const id = (nextId += 1)
  thread.ref()
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    thread.postMessage({ id, path, temp, text })
  })
}
