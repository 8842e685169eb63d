/**
 * Redraws every icon from resources/icon.svg: `npm run icons`. The results are committed, so
 * building an installer needs no renderer; packaging/icons.test.ts fails when they no longer
 * match the source.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { buildIcons, ICON_SOURCE } from './icons'

const root = resolve(__dirname, '..')
const svg = readFileSync(join(root, ICON_SOURCE), 'utf8')
for (const [path, bytes] of buildIcons(svg)) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), bytes)
  console.log(`${path}  ${bytes.byteLength} bytes`)
}
