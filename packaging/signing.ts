/**
 * macOS signing and notarisation, only when the credentials are in the environment (a build
 * machine's secrets): never a certificate found by chance in a developer's keychain.
 *
 * - Signing: CSC_LINK (a .p12 file or its base64) with CSC_KEY_PASSWORD, or CSC_NAME (the
 *   name of a Developer ID Application identity in the keychain).
 * - Notarisation, after signing: APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (an App
 *   Store Connect key); or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID; or
 *   APPLE_KEYCHAIN_PROFILE (a notarytool profile).
 */
type Env = Record<string, string | undefined>

const has = (env: Env, ...names: string[]): boolean => names.every((name) => Boolean(env[name]))

export function hasMacSigningCredentials(env: Env): boolean {
  return has(env, 'CSC_LINK', 'CSC_KEY_PASSWORD') || has(env, 'CSC_NAME')
}

export function hasNotarisationCredentials(env: Env): boolean {
  return (
    has(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
    has(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') ||
    has(env, 'APPLE_KEYCHAIN_PROFILE')
  )
}

/**
 * electron-builder's mac signing options. Without credentials, `identity: null` turns signing
 * off (the build is ad-hoc signed so Apple silicon runs it); notarising needs a signature.
 */
export function macSigning(env: Env): { identity?: null; notarize: boolean } {
  if (!hasMacSigningCredentials(env)) return { identity: null, notarize: false }
  return { notarize: hasNotarisationCredentials(env) }
}
