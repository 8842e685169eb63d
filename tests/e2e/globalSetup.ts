import { findElectron } from './electron/electronBinary'

/** Says up front, once, whether the desktop-app specs can run here and why not. */
export default function globalSetup(): void {
  const binary = findElectron()
  if ('reason' in binary) {
    console.log(`\n[e2e] The tests/e2e/electron specs will be SKIPPED: ${binary.reason}.\n`)
  } else {
    console.log(`\n[e2e] Desktop-app specs run against ${binary.path}\n`)
  }
}
