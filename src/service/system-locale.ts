/**
 * The system's locale in plain Node (browser mode, the command line): the POSIX language variables first, as a
 * terminal user sets them (`de_DE.UTF-8` → `de-DE`), then what the runtime's Intl reports.
 */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]
    const tag = value?.split(/[.@]/)[0]?.replace('_', '-')
    // "C" and "POSIX" name no language: fall through to the next variable, then to Intl.
    if (tag && tag !== 'C' && tag !== 'POSIX' && isLocale(tag)) return tag
  }
  return new Intl.DateTimeFormat().resolvedOptions().locale
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
