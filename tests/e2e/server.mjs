// Serves the built renderer (out/renderer) on localhost for end-to-end tests and benchmarks.
// Extra folders can be mounted under a URL prefix: node server.mjs --mount /bench=tests/bench/harness/dist
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, normalize, resolve, sep } from 'node:path'

const args = process.argv.slice(2)
const port = Number(process.env.PORT ?? 4173)
const mounts = [{ prefix: '/', dir: resolve('out/renderer') }]
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mount') {
    const [prefix, dir] = args[++i].split('=')
    mounts.unshift({ prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, dir: resolve(dir) })
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff'
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const pathname = decodeURIComponent(url.pathname)
  const mount = mounts.find(
    (m) => pathname === m.prefix.slice(0, -1) || pathname.startsWith(m.prefix)
  )
  if (!mount) {
    res.writeHead(404).end('Not found')
    return
  }
  let rel = pathname.slice(mount.prefix.length) || 'index.html'
  if (rel.endsWith('/')) rel += 'index.html'
  const file = resolve(mount.dir, normalize(rel))
  if (
    !(file === mount.dir || file.startsWith(mount.dir + sep)) ||
    !existsSync(file) ||
    !statSync(file).isFile()
  ) {
    res.writeHead(404).end('Not found')
    return
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store'
  })
  createReadStream(file).pipe(res)
})

server.listen(port, '127.0.0.1', () => {
  console.log(
    `Serving ${mounts.map((m) => `${m.prefix} -> ${m.dir}`).join(', ')} on http://127.0.0.1:${port}`
  )
})
