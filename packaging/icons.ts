import { Resvg } from '@resvg/resvg-js'

/**
 * Every icon the installers need, drawn from the one source, resources/icon.svg. resvg is a
 * renderer compiled to a native module shipped inside its npm package, so this runs offline
 * and draws the same pixels on every machine.
 */
export const ICON_SOURCE = 'resources/icon.svg'

/** Windows: the sizes Explorer, the taskbar and the installer pick from. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const
/** Linux: hicolor theme sizes, installed by the deb and carried by the AppImage. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const
/** macOS: each ICNS entry's type and pixel size (the @2x entries are the larger sizes). */
export const ICNS_ENTRIES = [
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
] as const
/** The window's own icon (Linux shows it in the title bar and task switcher). */
export const WINDOW_ICON_SIZE = 512

export function renderPng(svg: string, size: number): Uint8Array {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0,0,0,0)'
  })
  return new Uint8Array(rendered.render().asPng())
}

/** An ICO file whose images are PNGs (Windows Vista and later read these). */
export function encodeIco(images: readonly { size: number; png: Uint8Array }[]): Uint8Array {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt8(0, entry + 2)
    header.writeUInt8(0, entry + 3)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(png.byteLength, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.byteLength
  })
  return new Uint8Array(Buffer.concat([header, ...images.map((i) => Buffer.from(i.png))]))
}

/** An ICNS file of PNG entries (macOS 10.7 and later). */
export function encodeIcns(entries: readonly { type: string; png: Uint8Array }[]): Uint8Array {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.byteLength + 8, 4)
    return Buffer.concat([head, Buffer.from(png)])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + parts.reduce((sum, p) => sum + p.length, 0), 4)
  return new Uint8Array(Buffer.concat([head, ...parts]))
}

/** Every icon file, by its path from the project root. */
export function buildIcons(svg: string): Map<string, Uint8Array> {
  const sizes = new Set<number>([
    ...ICO_SIZES,
    ...LINUX_SIZES,
    ...ICNS_ENTRIES.map(([, size]) => size),
    WINDOW_ICON_SIZE
  ])
  const png = new Map([...sizes].map((size) => [size, renderPng(svg, size)]))
  const at = (size: number): Uint8Array => png.get(size)!
  const files = new Map<string, Uint8Array>()
  files.set(
    'packaging/icons/icon.ico',
    encodeIco(ICO_SIZES.map((size) => ({ size, png: at(size) })))
  )
  files.set(
    'packaging/icons/icon.icns',
    encodeIcns(ICNS_ENTRIES.map(([type, size]) => ({ type, png: at(size) })))
  )
  for (const size of LINUX_SIZES) files.set(`packaging/icons/png/${size}x${size}.png`, at(size))
  files.set('resources/icon.png', at(WINDOW_ICON_SIZE))
  return files
}
