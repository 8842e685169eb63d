import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import { APP_ID, builderConfig } from '../electron-builder.config'
import { asarFiles, makeFakeElectronDist, packLinuxDir, readFuses } from './fakeElectron'
import { flipRacepointFuses, packedExecutable, RACEPOINT_FUSES } from './fuses'
import { hasNotarisationCredentials, macSigning } from './signing'

const ROOT = resolve(__dirname, '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  productName: string
  version: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  scripts: Record<string, string>
}

describe('the packaging configuration', () => {
  it('takes the product name from package.json and leaves the version to it', () => {
    expect(builderConfig.productName).toBe(pkg.productName)
    expect(APP_ID).toBe('app.racepoint.desktop')
    expect(builderConfig.appId).toBe(APP_ID)
    expect(builderConfig).not.toHaveProperty('extraMetadata')
    expect(builderConfig).not.toHaveProperty('buildVersion')
  })

  it('packs the app into an asar and flips the fuses after packing', () => {
    expect(builderConfig.asar).toBe(true)
    expect(builderConfig.afterPack).toBe(flipRacepointFuses)
    expect(builderConfig.publish).toBeNull()
    expect(builderConfig.npmRebuild).toBe(false)
  })

  it('builds a per-user NSIS installer for Windows that keeps the clinic’s data on uninstall', () => {
    expect(builderConfig.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(builderConfig.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false
    })
  })

  it('builds a dmg for macOS with the hardened runtime and JIT as the only entitlement', async () => {
    expect(builderConfig.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(builderConfig.mac.hardenedRuntime).toBe(true)
    const plist = await readFile(join(ROOT, builderConfig.mac.entitlements), 'utf8')
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit'
    ])
    expect(builderConfig.mac.entitlementsInherit).toBe(builderConfig.mac.entitlements)
  })

  it('builds an AppImage and a deb for Linux', () => {
    expect(builderConfig.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb'])
    expect(builderConfig.linux.executableName).toBe(pkg.name)
  })

  it('points every platform at icons that exist', async () => {
    for (const icon of [
      builderConfig.win.icon,
      builderConfig.mac.icon,
      join(builderConfig.linux.icon, '512x512.png'),
      builderConfig.nsis.installerIcon
    ])
      await expect(readFile(join(ROOT, icon))).resolves.toBeInstanceOf(Buffer)
  })

  it('has `npm run dist` build the app first, then the installer for this system', () => {
    expect(pkg.scripts['dist']).toBe(
      'npm run build && electron-builder --config electron-builder.config.ts --publish never'
    )
    // Never rebuild native modules at install time (no download, nothing to rebuild).
    expect(JSON.stringify(pkg.scripts)).not.toContain('install-app-deps')
  })
})

describe('signing', () => {
  it('signs and notarises on macOS only with credentials from the environment', () => {
    expect(macSigning({})).toEqual({ identity: null, notarize: false })
    expect(
      macSigning({ APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'b', APPLE_TEAM_ID: 'c' })
    ).toEqual({ identity: null, notarize: false })
    expect(macSigning({ CSC_LINK: 'cert.p12', CSC_KEY_PASSWORD: 'pw' })).toEqual({
      notarize: false
    })
    expect(
      macSigning({
        CSC_NAME: 'Developer ID Application: Clinic',
        APPLE_API_KEY: 'key.p8',
        APPLE_API_KEY_ID: 'id',
        APPLE_API_ISSUER: 'issuer'
      })
    ).toEqual({ notarize: true })
    expect(hasNotarisationCredentials({ APPLE_ID: 'a', APPLE_TEAM_ID: 'c' })).toBe(false)
  })
})

describe('the fuses', () => {
  it('are exactly the ones the security review asked for', () => {
    const { version, ...fuses } = RACEPOINT_FUSES
    expect(version).toBe('1')
    expect(
      Object.fromEntries(Object.entries(fuses).map(([k, v]) => [FuseV1Options[Number(k)], v]))
    ).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false
    })
  })

  it('are flipped in the file each platform keeps them in', () => {
    const app = { appOutDir: '/o', productFilename: 'Racepoint', executableName: 'racepoint' }
    expect(packedExecutable({ ...app, electronPlatformName: 'darwin' })).toBe(
      join('/o', 'Racepoint.app')
    )
    expect(packedExecutable({ ...app, electronPlatformName: 'win32' })).toBe(
      join('/o', 'Racepoint.exe')
    )
    expect(packedExecutable({ ...app, electronPlatformName: 'linux' })).toBe(
      join('/o', 'racepoint')
    )
  })
})

describe('Electron', () => {
  it('is pinned exactly to the latest patch of 45 the review named, or later', () => {
    const version = pkg.devDependencies['electron']!
    expect(version).toMatch(/^45\.\d+\.\d+$/)
    const [, minor, patch] = version.split('.').map(Number)
    expect(minor! * 1000 + patch!).toBeGreaterThanOrEqual(6 * 1000 + 1)
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>
    }
    expect(lock.packages['node_modules/electron']?.version).toBe(version)
  })
})

/** A project laid out as after `npm run build`, with everything that must stay out of the app. */
async function builtProject(): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), 'racepoint-pack-'))
  const files: Record<string, string> = {
    'out/main/index.js': 'require("electron")',
    'out/main/index.js.map': '{}',
    'out/preload/index.js': '',
    'out/renderer/index.html': '<!doctype html>',
    'out/renderer/assets/index-abc.js': '',
    'out/renderer/assets/index-abc.js.map': '{}',
    'out/renderer/assets/inter-latin-wght-normal-x.woff2': '',
    'resources/icon.png': 'png',
    'resources/icon.svg': '<svg/>',
    'src/main/index.ts': '',
    'src/main/log.test.ts': '',
    'src/renderer/index.html': '',
    'tests/e2e/app.spec.ts': '',
    'packaging/fuses.ts': '',
    'packaging/icons/icon.ico': '',
    'electron-builder.config.ts': '',
    'README.md': '',
    'tsconfig.json': '{}',
    '.env': 'SECRET=1',
    'test-results/trace.zip': '',
    'dist/old-installer.AppImage': ''
  }
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(project, path)), { recursive: true })
    await writeFile(join(project, path), text)
  }
  await writeFile(join(project, 'package.json'), JSON.stringify(pkg, null, 2))
  await writeFile(
    join(project, 'package-lock.json'),
    await readFile(join(ROOT, 'package-lock.json'))
  )
  // The real dependencies, so electron-builder sees (and must leave out) node_modules.
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir')
  return project
}

describe('the packaged app', () => {
  it(
    'holds the built app and its resources, and no tests, sources, maps or node_modules; its binary has the fuses flipped',
    { timeout: 120_000 },
    async () => {
      const project = await builtProject()
      const work = await mkdtemp(join(tmpdir(), 'racepoint-pack-out-'))
      const electronDist = await makeFakeElectronDist(join(work, 'electron'))
      const packed = await packLinuxDir({
        projectDir: project,
        electronDist,
        output: join(work, 'dist')
      })

      expect(asarFiles(packed.asar)).toEqual([
        'out/main/index.js',
        'out/preload/index.js',
        'out/renderer/assets/index-abc.js',
        'out/renderer/assets/inter-latin-wght-normal-x.woff2',
        'out/renderer/index.html',
        'package.json',
        'resources/icon.png',
        'resources/icon.svg'
      ])
      expect(await readFuses(packed.executable)).toMatchObject({
        RunAsNode: false,
        EnableCookieEncryption: true,
        EnableNodeOptionsEnvironmentVariable: false,
        EnableNodeCliInspectArguments: false,
        EnableEmbeddedAsarIntegrityValidation: true,
        OnlyLoadAppFromAsar: true,
        GrantFileProtocolExtraPrivileges: false
      })
    }
  )
})
