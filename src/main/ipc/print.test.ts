import { access, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { writeFileAtomic } from '../files/atomicFile'
import { createLog } from '../log'
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

/**
 * The system around the handler: a real folder on disk written with the real atomic writer,
 * and save and replace dialogs that answer as told.
 */
async function fakeSystem(
  answer: SaveDialogAnswer | ((folder: string) => SaveDialogAnswer),
  replace = true
) {
  const folder = await mkdtemp(join(tmpdir(), 'racepoint-pdf-'))
  const written: string[] = []
  const deps = {
    defaultDirectory: '/home/maya/Documents',
    log: createLog({ folder: join(folder, '.logs') }),
    showSaveDialog: vi.fn<PrintDeps['showSaveDialog']>(async () =>
      typeof answer === 'function' ? answer(folder) : answer
    ),
    confirmReplace: vi.fn<PrintDeps['confirmReplace']>(async () => replace),
    files: {
      exists: (path: string) =>
        access(path).then(
          () => true,
          () => false
        ),
      writeFile: vi.fn(async (path: string, data: Uint8Array) => {
        written.push(path)
        await writeFileAtomic(path, data, `test-${written.length}`)
      })
    }
  } satisfies PrintDeps
  return { deps, folder, written }
}

const inFolder = (name: string) => (folder: string) => ({
  canceled: false,
  filePath: join(folder, name)
})

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
    const { deps, folder } = await fakeSystem(inFolder('zoe.pdf'))
    const result = await runHandler(saveSheetPdfHandler(deps), fromApp(page), request, undefined)

    expect(result).toEqual({ ok: true, value: { outcome: 'saved', path: join(folder, 'zoe.pdf') } })
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
    expect(await readdir(folder)).toEqual(expect.arrayContaining(['zoe.pdf']))
    expect(new Uint8Array(await readFile(join(folder, 'zoe.pdf')))).toEqual(PDF)
  })

  it('has the save dialog confirm replacing a file, on Linux too', async () => {
    const { deps } = await fakeSystem(inFolder('zoe.pdf'))
    await runHandler(saveSheetPdfHandler(deps), fromApp(fakePage()), request, undefined)
    expect(deps.showSaveDialog.mock.calls[0]?.[1].properties).toContain('showOverwriteConfirmation')
  })

  it('replaces an existing PDF whole, with a file only the user can read', async () => {
    const { deps, folder } = await fakeSystem(inFolder('zoe.pdf'))
    await writeFile(join(folder, 'zoe.pdf'), 'an older sheet', { mode: 0o644 })
    await runHandler(saveSheetPdfHandler(deps), fromApp(fakePage()), request, undefined)
    expect(new Uint8Array(await readFile(join(folder, 'zoe.pdf')))).toEqual(PDF)
    // Written beside the destination and renamed over it: no partial file is left.
    expect((await readdir(folder)).filter((n) => n !== '.logs')).toEqual(['zoe.pdf'])
    if (process.platform !== 'win32')
      expect((await stat(join(folder, 'zoe.pdf'))).mode & 0o777).toBe(0o600)
  })

  it('offers the folder last saved to the next time', async () => {
    const { deps, folder } = await fakeSystem(inFolder('a.pdf'))
    const handler = saveSheetPdfHandler(deps)
    await runHandler(handler, fromApp(fakePage()), request, undefined)
    await runHandler(handler, fromApp(fakePage()), request, undefined)
    expect(deps.showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe(join(folder, request.fileName))
  })

  it('adds the .pdf extension when the name typed has none', async () => {
    const { deps, folder } = await fakeSystem(inFolder('sheet'))
    const result = await runHandler(
      saveSheetPdfHandler(deps),
      fromApp(fakePage()),
      request,
      undefined
    )
    expect(result).toEqual({
      ok: true,
      value: { outcome: 'saved', path: join(folder, 'sheet.pdf') }
    })
    expect(await readdir(folder)).toContain('sheet.pdf')
    // Nothing was there, so there was nothing to confirm.
    expect(deps.confirmReplace).not.toHaveBeenCalled()
  })

  it('asks before replacing a file that only the added .pdf names, and keeps it when told no', async () => {
    const { deps, folder } = await fakeSystem(inFolder('sheet'), false)
    await writeFile(join(folder, 'sheet.pdf'), 'keep me')
    const page = fakePage()
    const result = await runHandler(saveSheetPdfHandler(deps), fromApp(page), request, undefined)
    expect(result).toEqual({ ok: true, value: { outcome: 'cancelled' } })
    expect(deps.confirmReplace).toHaveBeenCalledWith(page, 'sheet.pdf')
    expect(await readFile(join(folder, 'sheet.pdf'), 'utf8')).toBe('keep me')
    expect(deps.files.writeFile).not.toHaveBeenCalled()
  })

  it('replaces that file when the user says so', async () => {
    const { deps, folder } = await fakeSystem(inFolder('sheet'), true)
    await writeFile(join(folder, 'sheet.pdf'), 'old')
    const result = await runHandler(
      saveSheetPdfHandler(deps),
      fromApp(fakePage()),
      request,
      undefined
    )
    expect(result).toMatchObject({ ok: true, value: { outcome: 'saved' } })
    expect(new Uint8Array(await readFile(join(folder, 'sheet.pdf')))).toEqual(PDF)
  })

  it('does nothing when the save dialog is cancelled', async () => {
    const page = fakePage()
    const { deps } = await fakeSystem({ canceled: true })
    const result = await runHandler(saveSheetPdfHandler(deps), fromApp(page), request, undefined)
    expect(result).toEqual({ ok: true, value: { outcome: 'cancelled' } })
    expect(page.printToPDF).not.toHaveBeenCalled()
    expect(deps.files.writeFile).not.toHaveBeenCalled()
  })

  it('reports a failed write with the path, leaves no partial file, and logs only the code', async () => {
    const { deps, folder } = await fakeSystem(inFolder('missing-folder/Zoe Martin.pdf'))
    const result = await runHandler(
      saveSheetPdfHandler(deps),
      fromApp(fakePage()),
      request,
      undefined
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(/^Could not save the PDF to .*Zoe Martin\.pdf: ENOENT/)
    }
    expect((await readdir(folder)).filter((n) => n !== '.logs')).toEqual([])
    const logged = await readFile(deps.log.file, 'utf8')
    expect(JSON.parse(logged)).toMatchObject({ event: 'pdf.failed', code: 'ENOENT' })
    expect(logged).not.toContain('Zoe')
  })

  it('refuses a file name with folders or without .pdf, before asking anything', async () => {
    const { deps } = await fakeSystem({ canceled: false, filePath: '/tmp/x.pdf' })
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
    const { deps } = await fakeSystem({ canceled: false, filePath: '/tmp/x.pdf' })
    const evil = { senderFrame: { url: 'https://evil.example/' }, sender: fakePage() }
    const result = await runHandler(saveSheetPdfHandler(deps), evil, request, undefined)
    expect(result.ok).toBe(false)
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
  })
})
