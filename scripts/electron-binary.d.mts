/** The Electron executable to run, or undefined when none is installed here. */
export function findElectronBinary(env?: NodeJS.ProcessEnv): string | undefined
/** Electron's own installer script. */
export const electronInstaller: string
