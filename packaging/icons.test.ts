import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildIcons, encodeIcns, encodeIco, ICNS_ENTRIES, ICO_SIZES, ICON_SOURCE } from './icons'

const ROOT = resolve(__dirname, '..')
const PNG_SIGNATURE = '89504e470d0a1a0a'

/** A PNG's width and height, from its header. */
function pngSize(png: Uint8Array): [number, number] {
  const bytes = Buffer.from(png)
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE)
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

function readIco(file: Buffer): { size: number; png: Buffer }[] {
  expect([file.readUInt16LE(0), file.readUInt16LE(2)]).toEqual([0, 1])
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i
    const length = file.readUInt32LE(entry + 8)
    const offset = file.readUInt32LE(entry + 12)
    return { size: file.readUInt8(entry) || 256, png: file.subarray(offset, offset + length) }
  })
}

function readIcns(file: Buffer): { type: string; png: Buffer }[] {
  expect(file.toString('ascii', 0, 4)).toBe('icns')
  expect(file.readUInt32BE(4)).toBe(file.length)
  const entries: { type: string; png: Buffer }[] = []
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at + 4)
    entries.push({
      type: file.toString('ascii', at, at + 4),
      png: file.subarray(at + 8, at + length)
    })
    at += length
  }
  return entries
}

describe('the icons', () => {
  const icons = buildIcons(readFileSync(join(ROOT, ICON_SOURCE), 'utf8'))

  it('are committed exactly as drawn from resources/icon.svg (run `npm run icons` after changing it)', () => {
    for (const [path, bytes] of icons)
      expect(Buffer.from(readFileSync(join(ROOT, path))).equals(Buffer.from(bytes)), path).toBe(
        true
      )
  })

  it('give Windows every size from 16 to 256 pixels', () => {
    const images = readIco(readFileSync(join(ROOT, 'packaging/icons/icon.ico')))
    expect(images.map((i) => i.size)).toEqual([...ICO_SIZES])
    for (const { size, png } of images) expect(pngSize(png)).toEqual([size, size])
  })

  it('give macOS every size from 16 to 1024 pixels, with the Retina entries', () => {
    const entries = readIcns(readFileSync(join(ROOT, 'packaging/icons/icon.icns')))
    expect(entries.map((e) => [e.type, pngSize(e.png)[0]])).toEqual(
      ICNS_ENTRIES.map(([type, size]) => [type, size])
    )
  })

  it('give Linux the hicolor sizes, each named by its size', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(join(ROOT, `packaging/icons/png/${size}x${size}.png`))
      expect(pngSize(png)).toEqual([size, size])
    }
    expect(pngSize(readFileSync(join(ROOT, 'resources/icon.png')))).toEqual([512, 512])
  })

  it('encode the container formats’ headers and offsets', () => {
    const png = new Uint8Array([1, 2, 3])
    const ico = Buffer.from(encodeIco([{ size: 256, png }]))
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0])
    expect(ico.readUInt8(6)).toBe(0) // 256 is written as 0
    expect(ico.readUInt32LE(6 + 12)).toBe(22)
    expect([...ico.subarray(22)]).toEqual([1, 2, 3])
    const icns = Buffer.from(encodeIcns([{ type: 'ic07', png }]))
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(19)
    expect(icns.toString('ascii', 8, 12)).toBe('ic07')
    expect(icns.readUInt32BE(12)).toBe(11)
  })
})
