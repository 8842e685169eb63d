import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../../..')

/**
 * The installed Electron executable, found the way the electron package finds it, without
 * requiring the package (which would try to download the binary on first use).
 */
export function findElectron(): { path: string } | { reason: string } {
  const pathTxt = join(ROOT, 'node_modules/electron/path.txt')
  if (!existsSync(pathTxt)) {
    return {
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing: the electron package downloads the binary on first run, and this machine cannot reach its download server)'
    }
  }
  const executable = join(ROOT, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim())
  if (!existsSync(executable))
    return { reason: `the Electron binary named in path.txt is missing (${executable})` }
  return { path: executable }
}
