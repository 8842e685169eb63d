import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppAssetServer } from './appProtocol'
import { createLog } from './log'

async function builtRenderer() {
  const base = await mkdtemp(join(tmpdir(), 'racepoint-renderer-'))
  const root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Racepoint</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  const secret = join(base, 'clinic-secret.json')
  await writeFile(secret, '{"patient":"Zoë Martin"}')
  const log = createLog({ folder: join(base, 'logs') })
  return { base, root, secret, log, serve: createAppAssetServer({ rendererRoot: root, log }) }
}

const get = (url: string) => new Request(url)

describe('the app:// handler', () => {
  it('serves the renderer’s files with the content security policy', async () => {
    const { serve } = await builtRenderer()
    const page = await serve(get('app://racepoint/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<title>Racepoint</title>')
    expect((await serve(get('app://racepoint/assets/index-abc.js'))).status).toBe(200)
    expect((await serve(get('app://racepoint/assets/missing.js'))).status).toBe(404)
  })

  it('refuses a symbolic link in the renderer folder that leads outside it', async () => {
    const { root, secret, serve, log } = await builtRenderer()
    await symlink(secret, join(root, 'assets', 'linked.js'))
    await symlink(join(secret, '..'), join(root, 'outside'), 'dir')
    const linked = await serve(get('app://racepoint/assets/linked.js'))
    expect(linked.status).toBe(404)
    expect(await linked.text()).not.toContain('Zoë')
    expect((await serve(get('app://racepoint/outside/clinic-secret.json'))).status).toBe(404)
    const lines = (await readFile(log.file, 'utf8')).trim().split('\n')
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { event: 'app-url.refused', reason: 'outside-the-app' },
      { event: 'app-url.refused', reason: 'outside-the-app' }
    ])
  })

  it('follows a link that stays inside the renderer folder', async () => {
    const { root, serve } = await builtRenderer()
    await symlink(join(root, 'assets', 'index-abc.js'), join(root, 'assets', 'alias.js'))
    const aliased = await serve(get('app://racepoint/assets/alias.js'))
    expect(aliased.status).toBe(200)
    expect(await aliased.text()).toBe('console.log(1)')
  })

  it('serves from a renderer folder reached through a link itself', async () => {
    const { base, root } = await builtRenderer()
    const linkedRoot = join(base, 'linked-renderer')
    await symlink(root, linkedRoot, 'dir')
    const serve = createAppAssetServer({
      rendererRoot: linkedRoot,
      log: createLog({ folder: join(base, 'logs') })
    })
    expect((await serve(get('app://racepoint/index.html'))).status).toBe(200)
  })
})
