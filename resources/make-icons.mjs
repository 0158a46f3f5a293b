// Draws Limber's app and tray icons as PNGs with Node built-ins only: `node resources/make-icons.mjs`.
// Shapes are signed distance functions in a unit square, so every size is drawn, not scaled, and
// edges are anti-aliased by how far each pixel centre lies from the shape's border.
// It also wraps the app icon for the installers: icon.icns (macOS) and icon.ico (Windows). Handing
// electron-builder those containers means it converts nothing itself (its converter is a separate
// download), and every size in them is drawn at that size too.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const outDir = new URL('./', import.meta.url)

// --- PNG encoding (RGBA, 8 bits per channel, no interlace) ---

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, deflate, no filter set, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0 // filter: none
    for (let i = 0; i < size * 4; i += 1) {
      rows[y * (size * 4 + 1) + 1 + i] = Math.round(Math.min(1, Math.max(0, rgba[y * size * 4 + i])) * 255)
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

// --- Signed distance functions (negative inside), after Inigo Quilez's 2D catalogue ---

const length = (x, y) => Math.hypot(x, y)

/** A rounded square centred at (cx, cy) with half-size `half` and corner radius `radius`. */
function roundedSquare(x, y, cx, cy, half, radius) {
  const qx = Math.abs(x - cx) - half + radius
  const qy = Math.abs(y - cy) - half + radius
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius
}

/** A drop: a circle of radius `r` at (cx, cy) narrowing to a tip of radius `tip` a height `h` above it. */
function drop(x, y, cx, cy, r, tip, h) {
  const px = Math.abs(x - cx)
  const py = cy - y // y up, towards the tip
  const b = (r - tip) / h
  const a = Math.sqrt(1 - b * b)
  const k = -b * px + a * py
  if (k < 0) return length(px, py) - r
  if (k > a * h) return length(px, py - h) - tip
  return a * px + b * py - r
}

/** A stroke of half-width `w` along the circle (cx, cy, radius), `halfAngle` either side of straight down, round caps. */
function arcStroke(x, y, cx, cy, radius, halfAngle, w) {
  const px = Math.abs(x - cx)
  const py = y - cy // y down, so the arc hangs below its centre
  const s = Math.sin(halfAngle)
  const c = Math.cos(halfAngle)
  const d = c * px > s * py ? length(px - s * radius, py - c * radius) : Math.abs(length(px, py) - radius)
  return d - w
}

// --- Painting ---

/** Coverage of a pixel by a shape, from its distance in pixels: a one-pixel soft edge. */
const coverage = (distancePx) => Math.min(1, Math.max(0, 0.5 - distancePx))

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16) / 255)

/** Renders `paint(x, y, pixelSize) -> [r, g, b, a]` (straight alpha, unit coordinates) at `size` pixels. */
function render(size, paint) {
  const rgba = new Float64Array(size * size * 4)
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const colour = paint((col + 0.5) / size, (row + 0.5) / size, 1 / size)
      rgba.set(colour, (row * size + col) * 4)
    }
  }
  return rgba
}

/** Porter-Duff "over" for straight-alpha colours. */
function over([sr, sg, sb, sa], [dr, dg, db, da]) {
  const a = sa + da * (1 - sa)
  if (a === 0) return [0, 0, 0, 0]
  const mix = (s, d) => (s * sa + d * da * (1 - sa)) / a
  return [mix(sr, dr), mix(sg, dg), mix(sb, db), a]
}

// The badge's glyph; strokes never go thinner than about 1.6 px so 16 px stays legible.
function badgeGlyph(pixel) {
  return {
    drop: (x, y) => drop(x, y, 0.5, 0.47, 0.175, 0.012, 0.3),
    arc: (x, y) => arcStroke(x, y, 0.5, 0.22, 0.56, 0.62, Math.max(0.036, 0.8 * pixel))
  }
}

// The tray has no badge, so the same glyph fills the canvas, with a wider gap that survives the rim.
function trayGlyph(pixel) {
  return {
    drop: (x, y) => drop(x, y, 0.5, 0.45, 0.2, 0.02, 0.34),
    arc: (x, y) => arcStroke(x, y, 0.5, 0.16, 0.72, 0.56, Math.max(0.05, 0.8 * pixel))
  }
}

const teal = hex('#1fc2a7')
const blue = hex('#1c6fd6')
const white = [1, 1, 1]

/** The app icon: a teal-to-blue rounded square holding a white drop over a curved stretch line. */
function appIcon(x, y, pixel) {
  const { drop: dropAt, arc } = badgeGlyph(pixel)
  const t = Math.min(1, Math.max(0, (x + y) / 2)) // diagonal gradient, top-left to bottom-right
  const fill = teal.map((channel, i) => channel + (blue[i] - channel) * t)
  let colour = [...fill, coverage(roundedSquare(x, y, 0.5, 0.5, 0.43, 0.2) / pixel)]
  colour = over([...white, coverage(arc(x, y) / pixel)], colour)
  return over([...white, coverage(dropAt(x, y) / pixel)], colour)
}

/** The tray glyph: a teal drop and line with a dark rim, readable on light and dark panels alike. */
function trayIcon(x, y, pixel) {
  const { drop: dropAt, arc } = trayGlyph(pixel)
  const shape = Math.min(dropAt(x, y), arc(x, y))
  const rim = Math.max(0.045, 1 * pixel)
  const outline = [...hex('#0b3b4c'), coverage((shape - rim) / pixel)]
  return over([...hex('#2cc4dc'), coverage(shape / pixel)], outline)
}

/** The macOS template glyph: black with alpha only; the menu bar tints it for light or dark. */
function templateIcon(x, y, pixel) {
  const { drop: dropAt, arc } = trayGlyph(pixel)
  return [0, 0, 0, coverage(Math.min(dropAt(x, y), arc(x, y)) / pixel)]
}

// --- Icon containers ---

/**
 * A macOS .icns: the `icns` magic and total length, then one (type, length, PNG) entry per size.
 * PNG entries are read by every macOS Electron supports; `ic11`…`ic14` are the @2x slots.
 */
function encodeIcns(pngFor) {
  const slots = [
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024],
    ['ic11', 32],
    ['ic12', 64],
    ['ic13', 256],
    ['ic14', 512]
  ]
  const entries = slots.map(([type, size]) => {
    const png = pngFor(size)
    const header = Buffer.alloc(8)
    header.write(type, 0, 'ascii')
    header.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([header, png])
  })
  const header = Buffer.alloc(8)
  header.write('icns', 0, 'ascii')
  header.writeUInt32BE(8 + entries.reduce((total, entry) => total + entry.length, 0), 4)
  return Buffer.concat([header, ...entries])
}

/** A 32-bit BMP icon image (as stored inside an .ico): header with doubled height, BGRA rows bottom-up, AND mask. */
function encodeIcoBitmap(size, rgba) {
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0) // BITMAPINFOHEADER
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // colour rows plus mask rows
  header.writeUInt16LE(1, 12) // planes
  header.writeUInt16LE(32, 14) // bits per pixel
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4
      const to = ((size - 1 - y) * size + x) * 4
      const [r, g, b, a] = [0, 1, 2, 3].map((i) => Math.round(Math.min(1, Math.max(0, rgba[from + i])) * 255))
      pixels.set([b, g, r, a], to)
    }
  }
  const maskRow = Math.ceil(size / 32) * 4
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]) // all-zero mask: alpha decides
}

/**
 * A Windows .ico: header, one 16-byte directory entry per image, then the images. Sizes up to 128 are
 * bitmaps, which every Windows tool reads (the NSIS compiler included); 256 is PNG, as Windows expects.
 */
function encodeIco(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const directory = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16)
    entry[0] = size % 256 // 0 means 256
    entry[1] = size % 256
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(data.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += data.length
    return entry
  })
  return Buffer.concat([header, ...directory, ...images.map(({ data }) => data)])
}

const files = [
  ...[16, 32, 48, 64, 128, 256, 512, 1024].map((size) => [`icon-${size}.png`, size, appIcon]),
  ['icon.png', 512, appIcon],
  ...[16, 22, 24, 32].map((size) => [`tray-icon-${size}.png`, size, trayIcon]),
  ['tray-icon.png', 16, trayIcon],
  ['tray-icon@2x.png', 32, trayIcon],
  ['tray-iconTemplate.png', 16, templateIcon],
  ['tray-iconTemplate@2x.png', 32, templateIcon]
]

const appIconPixels = new Map()
/** The app icon drawn at `size` pixels (straight-alpha RGBA), drawn once per size. */
function appIconAt(size) {
  if (!appIconPixels.has(size)) appIconPixels.set(size, render(size, appIcon))
  return appIconPixels.get(size)
}

for (const [name, size, paint] of files) {
  const rgba = paint === appIcon ? appIconAt(size) : render(size, paint)
  writeFileSync(new URL(name, outDir), encodePng(size, rgba))
}
writeFileSync(
  new URL('icon.icns', outDir),
  encodeIcns((size) => encodePng(size, appIconAt(size)))
)
writeFileSync(
  new URL('icon.ico', outDir),
  encodeIco([
    ...[16, 24, 32, 48, 64, 128].map((size) => ({ size, data: encodeIcoBitmap(size, appIconAt(size)) })),
    { size: 256, data: encodePng(256, appIconAt(256)) }
  ])
)
console.log(`Wrote ${files.length} icons, icon.icns and icon.ico to ${outDir.pathname}`)
