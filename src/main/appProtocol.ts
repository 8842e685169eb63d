import { readFile } from 'node:fs/promises'
import { mimeTypeFor, resolveAppAsset } from './appUrl'
import { realPathInside } from './files/realPath'
import type { Log } from './log'
import { CONTENT_SECURITY_POLICY } from './security'

export type AppAssetServerOptions = {
  /** The built renderer folder (inside app.asar once packaged). */
  rendererRoot: string
  log: Log
  read?: (path: string) => Promise<Uint8Array>
}

const notFound = (): Response => new Response('Not found', { status: 404 })

/**
 * The app:// handler: serves files of the built renderer and nothing else. The URL must name a
 * plain file below the renderer folder, and the file it really is (after symbolic links) must
 * still be inside that folder.
 */
export function createAppAssetServer({
  rendererRoot,
  log,
  read = (path) => readFile(path)
}: AppAssetServerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const lookup = resolveAppAsset(request.url, rendererRoot)
    if (lookup.kind === 'refused') {
      log.warn('app-url.refused', { reason: lookup.reason })
      return notFound()
    }
    const real = await realPathInside(rendererRoot, lookup.path)
    if (real === null) {
      log.warn('app-url.refused', { reason: 'outside-the-app' })
      return notFound()
    }
    try {
      const body = await read(real)
      return new Response(body, {
        headers: {
          'content-type': mimeTypeFor(real),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff'
        }
      })
    } catch {
      return notFound()
    }
  }
}
