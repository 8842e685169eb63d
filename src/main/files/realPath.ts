import { realpath as realpathCallback } from 'node:fs'
import nodePath from 'node:path'
import { promisify } from 'node:util'
import { isInside, type PathRules } from '../appUrl'

/**
 * The callback form, promisified: it is the one Electron teaches to look inside app.asar, so
 * the same check works for the packaged renderer and for files on disk.
 */
const realpath = promisify(realpathCallback)

export type RealPathOf = (path: string) => Promise<string>

/**
 * Where `candidate` really is, after every symbolic link (or Windows junction) on the way,
 * provided that is strictly inside where `root` really is; null when it is outside or missing.
 * A link planted in the renderer folder or in backups/ can then never reach another file.
 */
export async function realPathInside(
  root: string,
  candidate: string,
  rules: PathRules = nodePath,
  realPathOf: RealPathOf = realpath
): Promise<string | null> {
  try {
    const [realRoot, realCandidate] = await Promise.all([realPathOf(root), realPathOf(candidate)])
    return isInside(realRoot, realCandidate, rules) ? realCandidate : null
  } catch {
    return null
  }
}
