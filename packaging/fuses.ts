import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'
import { join } from 'node:path'
import type { AfterPackContext } from 'electron-builder'

/**
 * The Electron fuses Racepoint ships with, flipped in the packaged binary itself (they cannot
 * be changed at run time). Together they make the installed app run only its own signed-off
 * code: no `ELECTRON_RUN_AS_NODE` (the binary as a general Node), no `NODE_OPTIONS` and no
 * `--inspect` (code injected at start-up), only app.asar, checked against the hash embedded
 * at packaging time (on macOS and Windows, where Electron supports it), cookies encrypted at
 * rest, and file:// without the extra powers Racepoint never uses (it serves app://).
 * Fuses not named here keep Electron's default.
 */
export const RACEPOINT_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
} satisfies FuseV1Config

/** What is known of a packed app once electron-builder has laid it out. */
export type PackedApp = {
  appOutDir: string
  electronPlatformName: string
  productFilename: string
  /** The Linux executable's name (config.linux.executableName). */
  executableName: string
}

/** The file whose fuse wire is flipped: the app bundle on macOS, the executable elsewhere. */
export function packedExecutable({
  appOutDir,
  electronPlatformName,
  productFilename,
  executableName
}: PackedApp): string {
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${productFilename}.app`)
  if (electronPlatformName === 'win32') return join(appOutDir, `${productFilename}.exe`)
  return join(appOutDir, executableName)
}

/**
 * electron-builder's afterPack hook: runs once the app is laid out and before it is signed,
 * so the signature covers the flipped fuses. Flipping breaks a macOS binary's ad-hoc
 * signature, which is redone for unsigned builds (Apple silicon refuses unsigned code).
 */
export async function flipRacepointFuses(context: AfterPackContext): Promise<void> {
  const { appOutDir, electronPlatformName, packager } = context
  const executable = packedExecutable({
    appOutDir,
    electronPlatformName,
    productFilename: packager.appInfo.productFilename,
    executableName: packager.config.linux?.executableName ?? packager.appInfo.sanitizedName
  })
  const isMac = electronPlatformName === 'darwin' || electronPlatformName === 'mas'
  await flipFuses(executable, {
    ...RACEPOINT_FUSES,
    resetAdHocDarwinSignature: isMac
  })
}
