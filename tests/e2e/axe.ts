import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { AxeResults, Result, RunOptions } from 'axe-core'

type AxeInPage = { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }
import { expect } from './fixtures'

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8')

/** The WCAG 2.2 A and AA rule sets (axe tags its rules by the version that added them). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

const isBlocking = (v: Result): boolean => v.impact === 'serious' || v.impact === 'critical'

/** One line per violation and element, readable in a failing test's output. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.impact ?? '?'} ${v.id}: ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`
      )
    )
    .join('\n')
}

/** Runs axe-core in the page as it stands (evaluated over the DevTools protocol, so the app's CSP stays as it is). */
export async function runAxe(page: Page): Promise<AxeResults> {
  const hasAxe = await page.evaluate(() => 'axe' in window)
  if (!hasAxe) await page.evaluate(AXE_SOURCE)
  return page.evaluate(
    (tags) =>
      (window as unknown as AxeInPage).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations']
      }),
    [...WCAG_TAGS]
  )
}

/** Fails with every serious or critical WCAG 2.2 A/AA violation on the page, named by screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Let fonts and transitions settle: contrast is measured on what is drawn.
  await page.evaluate(() => document.fonts.ready)
  const results = await runAxe(page)
  const blocking = results.violations.filter(isBlocking)
  // Soft, so one run names every screen that fails rather than only the first.
  expect.soft(blocking, `${screen}:\n${describeViolations(blocking)}`).toEqual([])
}
