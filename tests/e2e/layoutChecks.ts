import type { Page } from '@playwright/test'

/** The three window sizes every screen must work at; 683 x 430 at 2x is 1366 x 860 at 200% zoom. */
export const SIZES = [
  { name: '1366 x 860', width: 1366, height: 860, deviceScaleFactor: 1 },
  { name: '1024 x 700', width: 1024, height: 700, deviceScaleFactor: 1 },
  { name: '200% zoom', width: 683, height: 430, deviceScaleFactor: 2 }
] as const

/** WCAG 1.4.12's text spacing, as a reader's own style sheet would set it. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`

export type Overflow = { what: string; scrollWidth: number; clientWidth: number }

/** The page, and the page area inside the shell, scroll sideways only if something is too wide. */
export async function sidewaysOverflow(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const scrollers = [document.scrollingElement, document.querySelector('main')]
    return scrollers
      .filter((el): el is Element => el !== null)
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => ({
        what: el.tagName.toLowerCase(),
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth
      }))
  })
}

/**
 * Elements whose text is cut off: more content than box in a direction that does not scroll.
 * An ellipsis is a deliberate, marked shortening (the whole text is on the record's own page)
 * and screen-reader-only text is 1 px by design, so neither counts.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isScreenReaderOnly = (el: Element): boolean => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        if (at.clientWidth === 1 && at.clientHeight === 1) return true
        if (getComputedStyle(at).clip !== 'auto') return true
      }
      return false
    }
    const found: string[] = []
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *, nav *'))) {
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue
      if (!el.checkVisibility()) continue
      if (isScreenReaderOnly(el)) continue
      const style = getComputedStyle(el)
      if (style.textOverflow === 'ellipsis') continue
      if (['INPUT', 'SELECT', 'TEXTAREA', 'svg', 'IMG', 'CANVAS'].includes(el.tagName)) continue
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip'
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip'
      const hasText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()
      )
      // A few pixels' slack: letter spacing adds its width after the last letter too.
      const overX = el.scrollWidth > el.clientWidth + 3
      const overY = el.scrollHeight > el.clientHeight + 3
      if (
        (clipsX && overX) ||
        (clipsY && overY) ||
        (hasText && !clipsX && overX && style.overflowX === 'visible' && el.tagName !== 'BODY')
      ) {
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)
        found.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${label}" ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`
        )
      }
    }
    return found
  })
}

/** Pairs of boxes (by accessible locator already resolved to CSS selectors) that overlap. */
export async function overlaps(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const boxes = selectors.flatMap((selector) =>
      Array.from(document.querySelectorAll(selector))
        .filter((el) => (el as HTMLElement).checkVisibility())
        .map((el, i) => ({ name: `${selector}[${i}]`, rect: el.getBoundingClientRect() }))
    )
    const hits: string[] = []
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.rect
        const b = boxes[j]!.rect
        const isApart =
          a.right <= b.left + 0.5 ||
          b.right <= a.left + 0.5 ||
          a.bottom <= b.top + 0.5 ||
          b.bottom <= a.top + 0.5
        if (!isApart) hits.push(`${boxes[i]!.name} overlaps ${boxes[j]!.name}`)
      }
    }
    return hits
  }, selectors)
}

/** How many lines a piece of text takes, measured on its own text node; any space matches any. */
export async function linesOf(page: Page, selector: string, text: string): Promise<number> {
  return page.evaluate(
    ({ selector, text }) => {
      for (const el of Array.from(document.querySelectorAll(selector))) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.replace(/\s/g, ' ').indexOf(text) ?? -1
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + text.length)
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
          return tops.size
        }
      }
      return 0
    },
    { selector, text }
  )
}
