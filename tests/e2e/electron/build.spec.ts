import { expect, test } from '@playwright/test'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  asarFiles,
  makeFakeElectronDist,
  packLinuxDir,
  readFuses
} from '../../../packaging/fakeElectron'
import { ROOT } from './electronBinary'

// These run on the build `npm test` has just made, with or without the Electron binary.

test('the production build never reads ELECTRON_RENDERER_URL', () => {
  const main = readFileSync(join(ROOT, 'out/main/index.js'), 'utf8')
  expect(main).not.toContain('ELECTRON_RENDERER_URL')
  // Everything is bundled: the main process requires only Electron and Node's own modules.
  const required = [...main.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!)
  expect(required.filter((name) => name !== 'electron' && !name.startsWith('node:'))).toEqual([])
})

test('the packaged app holds this build and its resources, and nothing else', async () => {
  test.setTimeout(120_000)
  const work = mkdtempSync(join(tmpdir(), 'racepoint-pack-'))
  // A stand-in Electron keeps this independent of the binary download; packaging.spec.ts
  // packs around the real one where it is installed.
  const electronDist = await makeFakeElectronDist(join(work, 'electron'))
  const packed = await packLinuxDir({ projectDir: ROOT, electronDist, output: join(work, 'dist') })
  const files = asarFiles(packed.asar)

  const built = (folder: string): string[] =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(ROOT.length + 1)
          .replace(/\\/g, '/')
      )
      .filter((path) => !path.endsWith('.map'))
  expect(files).toEqual(['package.json', ...built('out'), ...built('resources')].sort())
  expect(files.filter((f) => /\.map$|^src\/|^tests\/|node_modules|\.ts$/.test(f))).toEqual([])
  expect(await readFuses(packed.executable)).toMatchObject({
    RunAsNode: false,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    OnlyLoadAppFromAsar: true
  })
})
