import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { runHandler } from './handle'
import {
  printSheetHandler,
  saveSheetPdfHandler,
  type PrintablePage,
  type PrintDeps,
  type SaveDialogAnswer
} from './print'

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46])

function fakePage(printResult: [boolean, string] = [true, '']) {
  const page = {
    print: vi.fn<PrintablePage['print']>((_options, callback) => callback(...printResult)),
    printToPDF: vi.fn<PrintablePage['printToPDF']>(async () => PDF)
  }
  return page
}

/** An IPC event from the app's own page, as Electron hands it to a handler. */
const fromApp = (page: PrintablePage) => ({
  senderFrame: { url: 'app://racepoint/index.html#/patients/p/sessions/s/sheet' },
  sender: page
})

function fakeSystem(answer: SaveDialogAnswer, failWrite?: Error) {
  const files = new Map<string, Uint8Array>()
  const deps = {
    defaultDirectory: '/home/maya/Documents',
    showSaveDialog: vi.fn<PrintDeps['showSaveDialog']>(async () => answer),
    files: {
      writeFile: vi.fn(async (path: string, data: Uint8Array) => {
        if (failWrite) throw failWrite
        files.set(path, data)
      }),
      rename: vi.fn(async (from: string, to: string) => {
        const data = files.get(from)
        if (!data) throw new Error(`no such file ${from}`)
        files.delete(from)
        files.set(to, data)
      }),
      rm: vi.fn(async (path: string) => {
        files.delete(path)
      })
    }
  } satisfies PrintDeps
  return { deps, files }
}

describe('printing the sheet', () => {
  it('opens the system print dialog with the clinic’s paper and backgrounds', async () => {
    const page = fakePage()
    const result = await runHandler(
      printSheetHandler(),
      fromApp(page),
      { paperSize: 'Letter' },
      undefined
    )
    expect(result).toEqual({ ok: true, value: { outcome: 'printed' } })
    expect(page.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true, pageSize: 'Letter' },
      expect.any(Function)
    )
  })

  it('reports a dismissed dialog as cancelled, and a failure as an error', async () => {
    const cancelled = fakePage([false, 'Print job canceled'])
    expect(
      await runHandler(printSheetHandler(), fromApp(cancelled), { paperSize: 'A4' }, undefined)
    ).toEqual({ ok: true, value: { outcome: 'cancelled' } })
    const failed = fakePage([false, 'Invalid printer settings'])
    expect(
      await runHandler(printSheetHandler(), fromApp(failed), { paperSize: 'A4' }, undefined)
    ).toEqual({ ok: false, error: 'Printing failed: Invalid printer settings.' })
  })

  it('refuses a paper size it does not know, without printing', async () => {
    const page = fakePage()
    const result = await runHandler(
      printSheetHandler(),
      fromApp(page),
      { paperSize: 'A3' },
      undefined
    )
    expect(result.ok).toBe(false)
    expect(page.print).not.toHaveBeenCalled()
  })
})

describe('saving the sheet as PDF', () => {
  const request = { paperSize: 'A4', fileName: 'Zoe Martin 2026-03-13 recovery sheet.pdf' }

  it('asks where to save with the suggested name, renders the page and writes the file', async () => {
    const page = fakePage()
    const { deps, files } = fakeSystem({ canceled: false, filePath: '/home/maya/Sheets/zoe.pdf' })
    const result = await runHandler(saveSheetPdfHandler(deps), fromApp(page), request, undefined)

    expect(result).toEqual({
      ok: true,
      value: { outcome: 'saved', path: '/home/maya/Sheets/zoe.pdf' }
    })
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      page,
      expect.objectContaining({
        defaultPath: join('/home/maya/Documents', 'Zoe Martin 2026-03-13 recovery sheet.pdf'),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }]
      })
    )
    expect(page.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true
      })
    )
    expect([...files.keys()]).toEqual(['/home/maya/Sheets/zoe.pdf'])
    expect(files.get('/home/maya/Sheets/zoe.pdf')).toEqual(PDF)
  })

  it('offers the folder last saved to the next time', async () => {
    const { deps } = fakeSystem({ canceled: false, filePath: '/srv/clinic/sheets/a.pdf' })
    const handler = saveSheetPdfHandler(deps)
    await runHandler(handler, fromApp(fakePage()), request, undefined)
    await runHandler(handler, fromApp(fakePage()), request, undefined)
    expect(deps.showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe(
      join('/srv/clinic/sheets', request.fileName)
    )
  })

  it('adds the .pdf extension when the name typed has none', async () => {
    const { deps, files } = fakeSystem({ canceled: false, filePath: '/tmp/sheet' })
    const result = await runHandler(
      saveSheetPdfHandler(deps),
      fromApp(fakePage()),
      request,
      undefined
    )
    expect(result).toEqual({ ok: true, value: { outcome: 'saved', path: '/tmp/sheet.pdf' } })
    expect(files.has('/tmp/sheet.pdf')).toBe(true)
  })

  it('does nothing when the save dialog is cancelled', async () => {
    const page = fakePage()
    const { deps, files } = fakeSystem({ canceled: true })
    const result = await runHandler(saveSheetPdfHandler(deps), fromApp(page), request, undefined)
    expect(result).toEqual({ ok: true, value: { outcome: 'cancelled' } })
    expect(page.printToPDF).not.toHaveBeenCalled()
    expect(files.size).toBe(0)
  })

  it('reports a failed write with the path and leaves no partial file behind', async () => {
    const { deps, files } = fakeSystem(
      { canceled: false, filePath: '/media/usb/zoe.pdf' },
      new Error('EROFS: read-only file system')
    )
    const result = await runHandler(
      saveSheetPdfHandler(deps),
      fromApp(fakePage()),
      request,
      undefined
    )
    expect(result).toEqual({
      ok: false,
      error: 'Could not save the PDF to /media/usb/zoe.pdf: EROFS: read-only file system'
    })
    expect(deps.files.rm).toHaveBeenCalledWith('/media/usb/zoe.pdf.part')
    expect(files.size).toBe(0)
  })

  it('refuses a file name with folders or without .pdf, before asking anything', async () => {
    const { deps } = fakeSystem({ canceled: false, filePath: '/tmp/x.pdf' })
    for (const fileName of [
      '../../etc/passwd.pdf',
      'a/b.pdf',
      'C:\\x.pdf',
      'sheet.exe',
      '.pdf',
      ''
    ]) {
      const result = await runHandler(
        saveSheetPdfHandler(deps),
        fromApp(fakePage()),
        { paperSize: 'A4', fileName },
        undefined
      )
      expect(result.ok, fileName).toBe(false)
    }
    const extra = await runHandler(
      saveSheetPdfHandler(deps),
      fromApp(fakePage()),
      { ...request, path: '/etc' },
      undefined
    )
    expect(extra.ok).toBe(false)
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
  })

  it('refuses a request from a page that is not the app', async () => {
    const { deps } = fakeSystem({ canceled: false, filePath: '/tmp/x.pdf' })
    const evil = { senderFrame: { url: 'https://evil.example/' }, sender: fakePage() }
    const result = await runHandler(saveSheetPdfHandler(deps), evil, request, undefined)
    expect(result.ok).toBe(false)
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
  })
})
