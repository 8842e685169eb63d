import { getCurrentFuseWire, FuseV1Options, FuseState } from '@electron/fuses'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Arch, build, Platform } from 'electron-builder'
import { listPackage, statFile } from '@electron/asar'
import { builderConfig } from '../electron-builder.config'

/** The sentinel Electron's fuse wire follows in its binary (see @electron/fuses). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron 45's wire as shipped: RunAsNode on, cookie encryption off, NODE_OPTIONS on ... */
const STOCK_WIRE = '101100011'

/**
 * A stand-in for an unpacked Linux Electron: an "executable" that holds a stock fuse wire and
 * nothing else. electron-builder lays out and packs the app around it exactly as around the
 * real one, and @electron/fuses flips its wire, so the packaging and the afterPack hook are
 * checked where the real binary cannot be downloaded.
 */
export async function makeFakeElectronDist(folder: string): Promise<string> {
  await mkdir(join(folder, 'resources'), { recursive: true })
  const wire = Buffer.from([1, STOCK_WIRE.length, ...Buffer.from(STOCK_WIRE)])
  await writeFile(
    join(folder, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n'), Buffer.from(FUSE_SENTINEL), wire]),
    { mode: 0o755 }
  )
  await writeFile(join(folder, 'LICENSE'), 'MIT')
  await writeFile(join(folder, 'version'), '45.6.1')
  await writeFile(join(folder, 'chrome-sandbox'), '')
  return folder
}

/** Packs `projectDir` as electron-builder's Linux "dir" target around `electronDist`. */
export async function packLinuxDir(options: {
  projectDir: string
  electronDist: string
  output: string
}): Promise<{ appOutDir: string; executable: string; asar: string }> {
  await build({
    projectDir: options.projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...builderConfig,
      electronDist: options.electronDist,
      directories: { ...builderConfig.directories, output: options.output }
    }
  })
  const appOutDir = join(options.output, 'linux-unpacked')
  return {
    appOutDir,
    executable: join(appOutDir, builderConfig.linux.executableName),
    asar: join(appOutDir, 'resources', 'app.asar')
  }
}

/** Every file in an app.asar, as paths from its root ("out/main/index.js"). */
export function asarFiles(asar: string): string[] {
  return listPackage(asar, { isPack: false })
    .filter((entry) => !('files' in statFile(asar, entry.replace(/^[\\/]/, ''))))
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    .sort()
}

/** The packed binary's fuses, by name: true, false, or null for a removed fuse. */
export async function readFuses(executable: string): Promise<Record<string, boolean | null>> {
  const wire = await getCurrentFuseWire(executable)
  const fuses: Record<string, boolean | null> = {}
  for (const [key, state] of Object.entries(wire)) {
    const name = FuseV1Options[Number(key)]
    if (name === undefined) continue
    fuses[name] = state === FuseState.ENABLE ? true : state === FuseState.DISABLE ? false : null
  }
  return fuses
}
