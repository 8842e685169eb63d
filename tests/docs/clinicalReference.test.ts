import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MEASURE_CATALOGUE } from '../../src/shared/domain/measures/catalogue'
import { DEFAULT_RUNNING_PAIN } from '../../src/shared/domain/settings'
import { DEFAULT_LIMB_SYMMETRY_PERCENT } from '../../src/shared/domain/measures/symmetry'

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

describe('the numbers of the measure catalogue', () => {
  const section = reference.slice(reference.indexOf('## Recovery beyond pain'))

  it('are each in the reference’s section on recovery beyond pain', () => {
    const numbers = MEASURE_CATALOGUE.flatMap((m) => {
      const t = m.threshold
      if (!t || t.kind === 'result-change') return []
      return t.kind === 'grades' ? [t.small, t.medium, t.large] : [t.value]
    })
    expect(numbers).toEqual([1.9, 9, 1.3, 2.3, 2.7, 13])
    const limits = MEASURE_CATALOGUE.filter((m) => m.kind !== 'result' && m.kind !== 'stage').map(
      (m) => m.max
    )
    const missing = [
      ...numbers,
      ...limits,
      DEFAULT_LIMB_SYMMETRY_PERCENT,
      DEFAULT_RUNNING_PAIN.safeUpTo,
      DEFAULT_RUNNING_PAIN.acceptableUpTo
    ].filter(
      (n) => !new RegExp(`(^|[^\\d.])${String(n).replace('.', '\\.')}([^\\d]|$)`).test(section)
    )
    expect(missing).toEqual([])
  })

  it('cite sources the reference names', () => {
    for (const m of MEASURE_CATALOGUE) {
      const author = m.source.split(/[ (]/)[0]!
      expect(author === 'Racepoint’s' || section.includes(author), `${m.id}: ${author}`).toBe(true)
    }
  })
})
