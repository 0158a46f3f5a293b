import { defaultDataDir } from '../service/data-dir'
import { systemLocale } from '../service/system-locale'
import { sendCommand } from './command-client'
import { runCli } from './run-cli'

/** How long to wait for the running Limber's reply. */
const replyTimeoutMs = 10_000

/** `node out/main/cli.js <command>` (`npm run limber -- <command>`): talks to the Limber running on this data folder. */
const locale = systemLocale()
runCli(process.argv.slice(2), {
  dataDir: defaultDataDir(),
  locale,
  send: (socketPath, call) => sendCommand(socketPath, call, replyTimeoutMs, locale),
  print: (text) => console.log(text),
  printError: (text) => console.error(text)
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  }
)
