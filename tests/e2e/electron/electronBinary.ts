import { _electron as electron, test, type ElectronApplication } from '@playwright/test'
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

/**
 * Marks the calling spec file skipped, with the reason, where Electron is missing; otherwise
 * returns a launcher for the built app on a given user-data folder.
 */
export function desktopAppOrSkip(
  what: string
): (userData: string, env?: Record<string, string>) => Promise<ElectronApplication> {
  const binary = findElectron()
  const skipReason = 'reason' in binary ? `Skipping the ${what}: ${binary.reason}.` : null
  test.skip(skipReason !== null, skipReason ?? '')
  return (userData, env = {}) => {
    if (!('path' in binary)) throw new Error('unreachable: the suite is skipped without Electron')
    const isRoot = process.getuid?.() === 0
    return electron.launch({
      executablePath: binary.path,
      // Chromium refuses to run as root with its sandbox; the renderer's own sandbox flag is unaffected.
      args: [...(isRoot ? ['--no-sandbox'] : []), join(ROOT, 'out/main/index.js')],
      env: { ...process.env, ...env, RACEPOINT_USER_DATA: userData }
    })
  }
}
