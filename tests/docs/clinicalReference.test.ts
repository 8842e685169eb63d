import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const reference = readFileSync(join(ROOT, 'docs', 'clinical-reference.md'), 'utf8')
const headings = new Set(
  [...reference.matchAll(/^##+ (.+)$/gm)].map((m) => m[1]!.trim().replace(/\s+/g, ' '))
)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

/** Every `docs/clinical-reference.md, "Section"` a comment cites, with the file citing it. */
function citations(): { file: string; section: string }[] {
  return sourceFiles(join(ROOT, 'src')).flatMap((file) => {
    // Comments wrap: join the lines, dropping the leading "*" and "//" of each.
    const text = readFileSync(file, 'utf8')
      .replace(/\n\s*(\*|\/\/)\s?/g, ' ')
      .replace(/\s+/g, ' ')
    return [...text.matchAll(/clinical-reference\.md[,:]?\s*\(?"([^"]+)"/g)].map((m) => ({
      file: file.slice(ROOT.length + 1),
      section: m[1]!
    }))
  })
}

describe('the clinical reference the code cites', () => {
  it('has every section a comment in the code names', () => {
    const cited = citations()
    expect(cited.length).toBeGreaterThan(10)
    const missing = cited.filter(({ section }) => !headings.has(section))
    expect(missing).toEqual([])
  })

  it('is what the code cites, not the founders’ notes', () => {
    const stale = sourceFiles(join(ROOT, 'src')).filter((file) =>
      readFileSync(file, 'utf8').includes('CLINICAL.md')
    )
    expect(stale).toEqual([])
  })
})
