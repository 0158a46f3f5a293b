/** The parts of a keydown a shortcut is recorded from. */
export interface RecordedKeys {
  readonly code: string
  readonly ctrlKey: boolean
  readonly altKey: boolean
  readonly shiftKey: boolean
  readonly metaKey: boolean
}

/** What a keydown means while recording: a finished accelerator, still waiting (a modifier alone), or a refusal. */
export type RecordingStep =
  | { readonly kind: 'accelerator'; readonly accelerator: string }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'needsModifier' }
  | { readonly kind: 'unsupportedKey' }

const namedKeys: Readonly<Record<string, string>> = {
  Space: 'Space',
  Tab: 'Tab',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete'
}

const modifierCodes = /^(Control|Alt|Shift|Meta|OS)(Left|Right)?$|^AltGraph$/

/** The accelerator key for a physical key (layout-independent, so Alt+W on a Mac is W, not ∑), or null. */
function keyOfCode(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code)?.[1]
  if (letter) return letter
  const digit = /^Digit(\d)$/.exec(code)?.[1]
  if (digit) return digit
  const fKey = /^F(\d{1,2})$/.exec(code)?.[1]
  if (fKey && Number(fKey) >= 1 && Number(fKey) <= 24) return `F${fKey}`
  return namedKeys[code] ?? null
}

/**
 * Reads a keydown as Electron's accelerator syntax (the stored format): Ctrl, or Command on a Mac, becomes
 * CommandOrControl, so a shortcut recorded on one system works on the other.
 */
export function recordKeys(keys: RecordedKeys, isMac: boolean): RecordingStep {
  if (keys.code === 'Escape') return { kind: 'cancel' }
  if (modifierCodes.test(keys.code)) return { kind: 'waiting' }
  const key = keyOfCode(keys.code)
  if (key === null) return { kind: 'unsupportedKey' }
  const modifiers = [
    (isMac ? keys.metaKey : keys.ctrlKey) && 'CommandOrControl',
    isMac && keys.ctrlKey && 'Control',
    keys.altKey && 'Alt',
    keys.shiftKey && 'Shift',
    !isMac && keys.metaKey && 'Super'
  ].filter((part): part is string => typeof part === 'string')
  if (modifiers.length === 0) return { kind: 'needsModifier' }
  return { kind: 'accelerator', accelerator: [...modifiers, key].join('+') }
}

const macNames: Readonly<Record<string, string>> = {
  CommandOrControl: 'Cmd',
  CmdOrCtrl: 'Cmd',
  Command: 'Cmd',
  Cmd: 'Cmd',
  Control: 'Ctrl',
  Ctrl: 'Ctrl',
  Alt: 'Option',
  Option: 'Option',
  Super: 'Cmd',
  Meta: 'Cmd'
}
const otherNames: Readonly<Record<string, string>> = {
  CommandOrControl: 'Ctrl',
  CmdOrCtrl: 'Ctrl',
  Command: 'Super',
  Cmd: 'Super',
  Control: 'Ctrl',
  Ctrl: 'Ctrl',
  Option: 'Alt',
  Meta: 'Super'
}

/** An accelerator as the keys on this keyboard: "Ctrl+Alt+W", or "Cmd+Option+W" on a Mac. */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  const names = isMac ? macNames : otherNames
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+')
}

/** Whether the window runs on a Mac, where Command takes Ctrl's place. */
export const runsOnMac = (): boolean => typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)
