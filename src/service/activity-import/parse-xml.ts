/**
 * The XML side shared by GPX and TCX: decoding, the safety checks (no DOCTYPE, no entity
 * declarations: they are how XXE and "billion laughs" files attack a parser) and fast-xml-parser
 * set up to expand nothing.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ActivityImportError } from './import-errors'

/** Elements that may repeat in GPX and TCX, always read as arrays (even when a file holds one). */
const repeating = new Set(['trk', 'trkseg', 'trkpt', 'Activity', 'Lap', 'Track', 'Trackpoint'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (tagName) => repeating.has(tagName)
})

/** A parsed XML document: the name of its root element and what that element holds. */
export interface XmlDocument {
  readonly root: string
  readonly body: XmlNode
}
/** An element as fast-xml-parser gives it: child elements and '@'-prefixed attributes. */
export type XmlNode = { readonly [name: string]: unknown }

const decoder = new TextDecoder('utf-8')

/** True when the bytes look like text starting with markup (after a byte-order mark and whitespace). */
export function looksLikeXml(bytes: Uint8Array): boolean {
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (
    index < bytes.length &&
    (bytes[index] === 0x20 || bytes[index] === 0x0a || bytes[index] === 0x0d || bytes[index] === 0x09)
  ) {
    index += 1
  }
  return bytes[index] === 0x3c // '<'
}

/** Refuses any markup declaration other than comments and CDATA: DOCTYPE, ENTITY, ELEMENT and the like. */
function refuseDeclarations(text: string): void {
  for (let at = text.indexOf('<!'); at !== -1; at = text.indexOf('<!', at + 2)) {
    if (text.startsWith('<!--', at) || text.startsWith('<![CDATA[', at)) continue
    throw new ActivityImportError(
      'xml-doctype',
      'This file declares a DOCTYPE or entities, which workout files never need; Limber refuses it for safety.'
    )
  }
}

/** Reads an XML file safely; refuses declarations and malformed markup. */
export function readXmlDocument(bytes: Uint8Array): XmlDocument {
  const text = decoder.decode(bytes)
  refuseDeclarations(text)
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    throw new ActivityImportError(
      'xml-malformed',
      `This file is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`
    )
  }
  const document = parser.parse(text) as Record<string, unknown>
  const root = Object.keys(document).find((name) => !name.startsWith('#') && !name.startsWith('@'))
  if (root === undefined) throw new ActivityImportError('xml-malformed', 'This XML file has no root element.')
  const body = document[root]
  return { root, body: typeof body === 'object' && body !== null ? (body as XmlNode) : {} }
}

/** A child element as a node (the first one when it repeats), or undefined. */
export function child(node: unknown, name: string): XmlNode | undefined {
  if (typeof node !== 'object' || node === null) return undefined
  const value = (node as XmlNode)[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'object' && first !== null ? (first as XmlNode) : undefined
}

/** Every child element of that name, as nodes. */
export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return []
  const value = (node as XmlNode)[name]
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item }))
}

/** The text of a child element or an '@attribute', or undefined. */
export function text(node: unknown, name: string): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined
  const raw = (node as XmlNode)[name]
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'object' && value !== null && typeof (value as XmlNode)['#text'] === 'string') {
    return ((value as XmlNode)['#text'] as string).trim()
  }
  return undefined
}

/** A child's text as a number, or undefined when missing or not a number. */
export function number(node: unknown, name: string): number | undefined {
  const value = text(node, name)
  if (value === undefined || value === '') return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}

/** A child's text as an ISO time in epoch milliseconds, or undefined. */
export function time(node: unknown, name: string): number | undefined {
  const value = text(node, name)
  if (value === undefined) return undefined
  const parsed = Date.parse(value)
  return Number.isFinite(parsed) ? parsed : undefined
}
