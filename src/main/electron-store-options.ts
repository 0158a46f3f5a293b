import type { DocumentStoreOptions } from '../service/ports'

/** `DocumentStoreOptions` in electron-store's dialect: the file name goes in `name`. */
export type ElectronStoreOptions = Omit<DocumentStoreOptions, 'configName'> & { readonly name: string }

/**
 * Translates the options conf takes into electron-store's. electron-store 12 overwrites
 * `configName` with `name` (default "config"), so passing conf's options unchanged would put
 * settings and the journal into one config.json.
 */
export function toElectronStoreOptions(options: DocumentStoreOptions): ElectronStoreOptions {
  const { configName, ...rest } = options
  return { ...rest, name: configName }
}
