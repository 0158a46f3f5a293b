import type { MenuItemConstructorOptions } from 'electron'

type Template = readonly MenuItemConstructorOptions[]

/** A menu level's labels as a person reads them, separators as '---'. */
export function menuLabels(template: Template | undefined): (string | undefined)[] {
  return (template ?? []).map((item) => (item.type === 'separator' ? '---' : item.label))
}

/** The item with this id, at any depth. */
export function findMenuItem(template: Template | undefined, id: string): MenuItemConstructorOptions | undefined {
  for (const item of template ?? []) {
    if (item.id === id) return item
    const inner = Array.isArray(item.submenu) ? findMenuItem(item.submenu, id) : undefined
    if (inner) return inner
  }
  return undefined
}

/** The labels of the submenu under the item with this id. */
export function submenuLabels(template: Template | undefined, id: string): (string | undefined)[] {
  const submenu = findMenuItem(template, id)?.submenu
  return menuLabels(Array.isArray(submenu) ? submenu : undefined)
}

/** Clicks the item with this id, as Electron would; fails the test if there is none. */
export function clickMenuItem(template: Template | undefined, id: string): void {
  const click = findMenuItem(template, id)?.click
  if (!click) throw new Error(`No clickable menu item ${id}`)
  ;(click as () => void)()
}
