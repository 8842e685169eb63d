import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import { expect } from './fixtures'

export async function openSheet(page: Page, patientId: string, sessionId: string): Promise<void> {
  await page.goto(`/index.html#/patients/${patientId}/sessions/${sessionId}/sheet`)
  await expect(page.getByRole('article', { name: /^Recovery sheet for / })).toBeVisible()
}

export type SheetPdf = {
  path: string
  pages: number
  /** pdfinfo's page size line, e.g. "594.96 x 841.92 pts (A4)". */
  pageSize: string
  /** Each embedded font's type as pdffonts names it ("CID TrueType", "Type 3", ...). */
  fontTypes: string[]
  isTagged: boolean
  /** Each page's text, whitespace collapsed. */
  pageTexts: string[]
  /** The whole text, whitespace collapsed. */
  text: string
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim()

/**
 * The sheet on screen as Chromium prints it (the engine Electron's printToPDF uses), with the
 * page size its own @page rule asks for, read back with poppler's pdfinfo and pdftotext.
 */
export async function sheetPdf(page: Page, testInfo: TestInfo, name: string): Promise<SheetPdf> {
  await page.emulateMedia({ media: 'print' })
  // Tagged, as the desktop app's printToPDF makes it (generateTaggedPDF).
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true })
  await page.emulateMedia({ media: 'screen' })
  const path = testInfo.outputPath(`${name}.pdf`)
  writeFileSync(path, pdf)
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? ''
  const isTagged = /^Tagged:\s+yes/m.test(info)
  // pdffonts prints a header, a rule, then one font a line: name, type (may hold a space), ...
  const fontTypes = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => /^\S+\s+(.+?)\s{2,}/.exec(line)?.[1] ?? line)
  const pageTexts = Array.from({ length: pages }, (_, i) =>
    collapse(
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      })
    )
  )
  return { path, pages, pageSize, fontTypes, isTagged, pageTexts, text: pageTexts.join(' ') }
}

/**
 * Changes a stored row directly in IndexedDB, as a restored backup or another screen would
 * leave it (the session form is another screen). Reload the page afterwards.
 */
export { patchRow } from './clinicData'

export async function choosePaperSize(page: Page, label: 'A4' | 'US Letter'): Promise<void> {
  await page.goto('/index.html#/settings')
  await page.getByLabel('Paper size').selectOption({ label })
  await page.getByRole('button', { name: 'Save preferences' }).click()
  await expect(page.getByText('Preferences saved').last()).toBeVisible()
}
