import type { PrintToPDFOptions, WebContents, WebContentsPrintOptions } from 'electron'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import type { PaperSize } from '../../shared/ipc'
import { err, ok } from '../../shared/result'
import { errorCode, type Log } from '../log'
import type { Handler } from './handle'

/** What the handlers need of the page that asked: Electron's WebContents, or a fake in tests. */
export type PrintablePage = {
  print: (
    options: WebContentsPrintOptions,
    callback: (success: boolean, failureReason: string) => void
  ) => void
  printToPDF: (options: PrintToPDFOptions) => Promise<Uint8Array>
}

export type SaveDialogAnswer = { canceled: boolean; filePath?: string | undefined }

export type PdfSaveDialogOptions = {
  title: string
  defaultPath: string
  buttonLabel: string
  filters: { name: string; extensions: string[] }[]
  properties: ('createDirectory' | 'showOverwriteConfirmation')[]
}

/** The operating system, injected so the handlers run under test without Electron. */
export type PrintDeps = {
  /** The system save dialog, attached to the window showing `sender`. */
  showSaveDialog: (sender: WebContents, options: PdfSaveDialogOptions) => Promise<SaveDialogAnswer>
  /**
   * Asks whether to replace an existing file the save dialog did not ask about (it checked
   * the name as typed, before ".pdf" was added). True: replace it.
   */
  confirmReplace: (sender: WebContents, fileName: string) => Promise<boolean>
  files: {
    exists: (path: string) => Promise<boolean>
    /** Writes the whole file atomically, readable by the user alone (see files/atomicFile). */
    writeFile: (path: string, data: Uint8Array) => Promise<void>
  }
  /** Where the first save dialog opens (the user's Documents folder). */
  defaultDirectory: string
  log: Log
}

const paperSizeSchema = z.enum(['A4', 'Letter'], { error: 'Paper size is A4 or Letter' })

/** A bare file name: no folders, nothing a file system refuses, ending in .pdf. */
const pdfFileNameSchema = z
  .string()
  .max(180, 'File name is too long')
  .refine(
    (name) =>
      /^[^\\/:*?"<>|\p{Cc}]+\.pdf$/iu.test(name) &&
      !name.startsWith('.') &&
      basename(name) === name,
    'File name must be a plain name ending in .pdf'
  )

export const printSheetRequestSchema = z.strictObject({ paperSize: paperSizeSchema })
export const saveSheetPdfRequestSchema = z.strictObject({
  paperSize: paperSizeSchema,
  fileName: pdfFileNameSchema
})

const PAGE_PAPER: Record<PaperSize, 'A4' | 'Letter'> = { A4: 'A4', Letter: 'Letter' }

/** Opens the system print dialog for the page on screen (the sheet; the app chrome hides in print). */
export function printSheetHandler(): Handler<'sheet:print'> {
  return {
    request: printSheetRequestSchema,
    run: ({ paperSize }, { event }) =>
      new Promise((resolve) => {
        const page: PrintablePage = event.sender
        page.print(
          { silent: false, printBackground: true, pageSize: PAGE_PAPER[paperSize] },
          (success, failureReason) => {
            if (success) resolve(ok({ outcome: 'printed' }))
            // Electron reports a dismissed dialog as a failure whose reason says "cancel".
            else if (/cancel/i.test(failureReason)) resolve(ok({ outcome: 'cancelled' }))
            else resolve(err(`Printing failed: ${failureReason || 'the printer did not answer'}.`))
          }
        )
      })
  }
}

/**
 * Asks where to save, then renders the page on screen to PDF and writes it with the atomic
 * writer backups use (an exclusive hidden file beside the destination, flushed, then renamed),
 * so an existing PDF is never left half-overwritten. A name typed without ".pdf" gets it, and
 * if that file exists the user is asked before it is replaced, as the dialog would have.
 * The folder chosen is offered again next time.
 */
export function saveSheetPdfHandler(deps: PrintDeps): Handler<'sheet:save-pdf'> {
  let directory = deps.defaultDirectory
  return {
    request: saveSheetPdfRequestSchema,
    async run({ paperSize, fileName }, { event }) {
      const page: PrintablePage = event.sender
      const answer = await deps.showSaveDialog(event.sender, {
        title: 'Save recovery sheet as PDF',
        defaultPath: join(directory, fileName),
        buttonLabel: 'Save PDF',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        // Linux's dialog asks before replacing a file only when told to.
        properties: ['createDirectory', 'showOverwriteConfirmation']
      })
      if (answer.canceled || !answer.filePath) return ok({ outcome: 'cancelled' })
      const hasExtension = /\.pdf$/i.test(answer.filePath)
      const path = hasExtension ? answer.filePath : `${answer.filePath}.pdf`
      if (
        !hasExtension &&
        (await deps.files.exists(path)) &&
        !(await deps.confirmReplace(event.sender, basename(path)))
      ) {
        return ok({ outcome: 'cancelled' })
      }

      // Margins come from the sheet's own @page rule; the paper from the clinic's setting.
      const pdf = await page.printToPDF({
        pageSize: PAGE_PAPER[paperSize],
        printBackground: true,
        preferCSSPageSize: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        // Headings, lists and reading order kept in the file, for screen readers.
        generateTaggedPDF: true
      })

      try {
        await deps.files.writeFile(path, pdf)
      } catch (error) {
        // The path and message stay in the app's answer; the log gets the code alone.
        deps.log.error('pdf.failed', { code: errorCode(error) })
        const reason = error instanceof Error ? error.message : String(error)
        return err(`Could not save the PDF to ${path}: ${reason}`)
      }
      deps.log.info('pdf.saved', { bytes: pdf.byteLength })
      directory = dirname(path)
      return ok({ outcome: 'saved', path })
    }
  }
}
