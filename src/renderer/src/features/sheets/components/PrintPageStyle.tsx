import type { PaperSize } from '@shared/ipc'

export type PrintPageStyleProps = { paperSize: PaperSize; footer: string }

/** CSS strings are quoted with double quotes: keep the footer text from closing them. */
const cssString = (text: string): string => `"${text.replace(/["\\\n]/g, ' ')}"`

/**
 * The printed page: the clinic's paper size, the margins the on-screen preview shows, and a
 * footer with the page number on every page. It only exists while the sheet is on screen, so
 * printing any other screen is unaffected.
 */
export function PrintPageStyle({ paperSize, footer }: PrintPageStyleProps) {
  const size = paperSize === 'Letter' ? 'letter' : 'A4'
  return (
    <style>{`
@page {
  size: ${size} portrait;
  margin: 9mm 12mm 10mm;
  @bottom-left {
    content: ${cssString(footer)};
    font: 8.5pt Arial, 'Liberation Sans', Helvetica, sans-serif;
    color: #58646f;
  }
  @bottom-right {
    content: "Page " counter(page) " of " counter(pages);
    font: 8.5pt Arial, 'Liberation Sans', Helvetica, sans-serif;
    color: #58646f;
  }
}`}</style>
  )
}
