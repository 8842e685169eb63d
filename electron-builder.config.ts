import type { Configuration } from 'electron-builder'
import pkg from './package.json'
import { flipRacepointFuses } from './packaging/fuses'
import { macSigning } from './packaging/signing'

/**
 * Never change once a clinic has installed Racepoint: Windows derives the installer's
 * identity (upgrades, uninstall) and macOS the app's identity from it.
 */
export const APP_ID = `app.${pkg.name}.desktop`

/**
 * Installers for Windows (NSIS, per user), macOS (dmg, hardened runtime, signed and notarised
 * when credentials are in the environment) and Linux (AppImage and deb): `npm run dist`.
 * The product name and version come from package.json; so does the user-data folder
 * (Electron names it after the product), which must not move either.
 */
export const builderConfig = {
  appId: APP_ID,
  productName: pkg.productName,
  copyright: `Copyright © ${pkg.productName}`,
  directories: { output: 'dist', buildResources: 'packaging' },
  // What the app runs: the built main, preload and renderer, and the window icon. Everything
  // is bundled by electron-vite, so no node_modules, no sources, no tests and no source maps.
  files: ['package.json', 'out/**/*', '!out/**/*.map', 'resources/**/*', '!node_modules/**/*'],
  asar: true,
  // No native modules: nothing to rebuild, and no compiler or download at packaging time.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Updates reach a clinic as a new installer (README, "Desktop app"): no update feed.
  publish: null,
  afterPack: flipRacepointFuses,
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'packaging/icons/icon.ico',
    // Signed when CSC_LINK and CSC_KEY_PASSWORD (or WIN_CSC_LINK / WIN_CSC_KEY_PASSWORD)
    // name a certificate; unsigned otherwise.
    forceCodeSigning: false
  },
  nsis: {
    // Per user, in %LOCALAPPDATA%\Programs: no administrator needed, nothing machine-wide.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: false,
    // The clinic's records live in the user-data folder: uninstalling never removes them.
    deleteAppDataOnUninstall: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    installerIcon: 'packaging/icons/icon.ico',
    uninstallerIcon: 'packaging/icons/icon.ico',
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}'
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'packaging/icons/icon.icns',
    category: 'public.app-category.medical',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'packaging/entitlements.mac.plist',
    entitlementsInherit: 'packaging/entitlements.mac.plist',
    ...macSigning(process.env)
  },
  dmg: {
    artifactName: '${productName}-${version}-${arch}.${ext}'
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] }
    ],
    icon: 'packaging/icons/png',
    executableName: pkg.name,
    category: 'Office',
    synopsis: pkg.description,
    description: pkg.description,
    maintainer: pkg.productName,
    artifactName: '${productName}-${version}-${arch}.${ext}'
  },
  deb: {
    artifactName: '${name}_${version}_${arch}.${ext}'
  }
} satisfies Configuration

export default builderConfig
