/**
 * The dev server's address from ELECTRON_RENDERER_URL, for a development build only: the
 * caller asks only when `import.meta.env.DEV` (which electron-vite fixes at build time), so a
 * production build, packaged or run unpackaged from out/, never reads the variable. Otherwise
 * anyone who can set an environment variable could load any origin in the window, with the
 * bridge, trusted by every IPC handler. Even in development only a loopback http address is
 * accepted.
 */
export function devServerUrlFrom(env: Record<string, string | undefined>): string | undefined {
  const candidate = env['ELECTRON_RENDERER_URL']
  if (!candidate) return undefined
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return undefined
  }
  const isLoopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  if (url.protocol !== 'http:' || !isLoopback || url.username || url.password) return undefined
  return url.origin
}
