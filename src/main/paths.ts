import { isAbsolute, resolve } from 'node:path'

/**
 * Where the clinic's data lives. RACEPOINT_USER_DATA moves it to a throwaway folder for tests
 * and demos; otherwise Electron's per-user folder is kept.
 */
export function resolveUserDataDir(
  env: Record<string, string | undefined>,
  cwd: string
): string | null {
  const override = env['RACEPOINT_USER_DATA']?.trim()
  if (!override) return null
  return isAbsolute(override) ? override : resolve(cwd, override)
}
