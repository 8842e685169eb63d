import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { packLinuxDir, readFuses } from '../../../packaging/fakeElectron'
import { findElectron, ROOT } from './electronBinary'

// Packs this build around the real Electron and runs the result, where the binary exists.
const binary = findElectron()
const skipReason =
  'reason' in binary
    ? `Skipping the packaged-app specs: ${binary.reason}.`
    : process.platform !== 'linux'
      ? `Skipping the packaged-app specs: they pack the Linux "dir" target, and this is ${process.platform}.`
      : null
test.skip(skipReason !== null, skipReason ?? '')
test.describe.configure({ mode: 'serial' })

let executable = ''

test.beforeAll(async () => {
  test.setTimeout(180_000)
  if (!('path' in binary)) return
  const work = mkdtempSync(join(tmpdir(), 'racepoint-packaged-'))
  const packed = await packLinuxDir({
    projectDir: ROOT,
    electronDist: dirname(binary.path),
    output: join(work, 'dist')
  })
  executable = packed.executable
})

type Run = { stdout: string; stderr: string; userData: string }

/** Starts the packaged app, lets it run for `ms`, then ends it. */
function run(args: string[], env: Record<string, string>, ms = 6_000): Promise<Run> {
  const userData = mkdtempSync(join(tmpdir(), 'racepoint-packaged-data-'))
  const isRoot = process.getuid?.() === 0
  return new Promise((resolve) => {
    const child = spawn(executable, [...(isRoot ? ['--no-sandbox'] : []), ...args], {
      env: { ...process.env, ...env, RACEPOINT_USER_DATA: userData }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill(), ms)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve({ stdout, stderr, userData })
    })
  })
}

test('the packaged binary has every fuse the review asked for', async () => {
  expect(await readFuses(executable)).toMatchObject({
    RunAsNode: false,
    EnableCookieEncryption: true,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
    GrantFileProtocolExtraPrivileges: false
  })
})

test('the packaged app starts from its asar and logs that it did', async () => {
  const { userData } = await run([], {})
  const log = readFileSync(join(userData, 'logs', 'racepoint.log'), 'utf8')
  expect(log).toMatch(/"event":"app.started".*"isPackaged":true/)
})

test('ELECTRON_RUN_AS_NODE does not turn the packaged app into Node', async () => {
  const { stdout } = await run(['-e', 'console.log("ran-as-node")'], { ELECTRON_RUN_AS_NODE: '1' })
  expect(stdout).not.toContain('ran-as-node')
})

test('NODE_OPTIONS cannot load code into the packaged app', async () => {
  const work = mkdtempSync(join(tmpdir(), 'racepoint-node-options-'))
  const marker = join(work, 'loaded')
  const script = join(work, 'inject.js')
  writeFileSync(script, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`)
  await run([], { NODE_OPTIONS: `--require ${script}` })
  expect(existsSync(marker)).toBe(false)
})

test('--inspect opens no debugger in the packaged app', async () => {
  const { stderr } = await run(['--inspect=0', '--inspect-brk=0'], {})
  expect(stderr).not.toContain('Debugger listening')
})
