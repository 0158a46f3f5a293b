// Just enough of a DOM for React DOM to mount, update and unmount components in a plain Node test (the unit
// suite has no jsdom): elements, text, attributes, styles and a document. Events are not dispatched.

class FakeNode {
  readonly childNodes: FakeNode[] = []
  parentNode: FakeNode | null = null
  nodeValue: string | null = null
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly ownerDocument: FakeDocument | null
  ) {}
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null
  }
  get lastChild(): FakeNode | null {
    return this.childNodes.at(-1) ?? null
  }
  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes ?? []
    return siblings[siblings.indexOf(this) + 1] ?? null
  }
  get textContent(): string {
    return this.nodeValue ?? this.childNodes.map((child) => child.textContent).join('')
  }
  set textContent(text: string) {
    if (this.nodeType === 3 || this.nodeType === 8) this.nodeValue = text
    else {
      for (const child of this.childNodes) child.parentNode = null
      this.childNodes.length = 0
      if (text) this.appendChild(new FakeNode(3, '#text', this.ownerDocument).withValue(text))
    }
  }
  get data(): string {
    return this.nodeValue ?? ''
  }
  set data(text: string) {
    this.nodeValue = text
  }
  withValue(text: string): this {
    this.nodeValue = text
    return this
  }
  appendChild<T extends FakeNode>(child: T): T {
    return this.insertBefore(child, null)
  }
  insertBefore<T extends FakeNode>(child: T, before: FakeNode | null): T {
    child.parentNode?.removeChild(child)
    const at = before ? this.childNodes.indexOf(before) : -1
    this.childNodes.splice(at < 0 ? this.childNodes.length : at, 0, child)
    child.parentNode = this
    return child
  }
  removeChild<T extends FakeNode>(child: T): T {
    const at = this.childNodes.indexOf(child)
    if (at >= 0) this.childNodes.splice(at, 1)
    child.parentNode = null
    return child
  }
  addEventListener(): void {}
  removeEventListener(): void {}
}

class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>()
  readonly style: Record<string, unknown> = {
    setProperty: (name: string, value: string) => (this.style[name] = value),
    removeProperty: (name: string) => delete this.style[name]
  }
  constructor(
    readonly tagName: string,
    readonly namespaceURI: string,
    ownerDocument: FakeDocument
  ) {
    super(1, tagName.toUpperCase(), ownerDocument)
  }
  get localName(): string {
    return this.tagName.toLowerCase()
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value))
  }
  setAttributeNS(_namespace: string, name: string, value: unknown): void {
    this.setAttribute(name, value)
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name)
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name)
  }
  focus(): void {}
  blur(): void {}
}

class FakeDocument extends FakeNode {
  readonly documentElement: FakeElement
  readonly body: FakeElement
  readonly activeElement: FakeElement
  defaultView: unknown = null
  constructor() {
    super(9, '#document', null)
    this.documentElement = this.appendChild(this.createElement('html'))
    this.body = this.documentElement.appendChild(this.createElement('body'))
    this.activeElement = this.body
  }
  createElement(tag: string): FakeElement {
    return new FakeElement(tag, 'http://www.w3.org/1999/xhtml', this)
  }
  createElementNS(namespace: string, tag: string): FakeElement {
    return new FakeElement(tag, namespace, this)
  }
  createTextNode(text: string): FakeNode {
    return new FakeNode(3, '#text', this).withValue(text)
  }
  createComment(text: string): FakeNode {
    return new FakeNode(8, '#comment', this).withValue(text)
  }
  getElementById(id: string): FakeElement | null {
    const visit = (node: FakeNode): FakeElement | null => {
      if (node instanceof FakeElement && node.getAttribute('id') === id) return node
      for (const child of node.childNodes) {
        const found = visit(child)
        if (found) return found
      }
      return null
    }
    return visit(this)
  }
}

/** Installs a fresh document as `window.document` and returns an empty container in its body. */
export function installFakeDom(): HTMLElement {
  const document = new FakeDocument()
  const window = {
    document,
    HTMLIFrameElement: class {},
    addEventListener: () => {},
    removeEventListener: () => {},
    location: { hash: '', href: 'http://localhost/' }
  }
  document.defaultView = window
  Object.assign(globalThis, { window, document, IS_REACT_ACT_ENVIRONMENT: true })
  if (!('navigator' in globalThis)) Object.assign(globalThis, { navigator: { userAgent: 'node' } })
  return document.body.appendChild(document.createElement('div')) as unknown as HTMLElement
}
