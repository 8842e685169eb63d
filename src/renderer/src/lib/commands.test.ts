import { describe, expect, it, vi } from 'vitest'
import { registerCommand, runCommand } from './commands'

describe('menu commands', () => {
  it('lets the screen answer even when the shell registers its default afterwards', () => {
    const screen = vi.fn()
    const fallback = vi.fn()
    const offScreen = registerCommand('print-sheet', screen)
    const offFallback = registerCommand('print-sheet', fallback, { isFallback: true })

    expect(runCommand('print-sheet')).toBe(true)
    expect(screen).toHaveBeenCalledTimes(1)
    expect(fallback).not.toHaveBeenCalled()

    offScreen()
    runCommand('print-sheet')
    expect(fallback).toHaveBeenCalledTimes(1)
    offFallback()
    expect(runCommand('print-sheet')).toBe(false)
  })

  it('answers with the most recently registered screen handler', () => {
    const first = vi.fn()
    const second = vi.fn()
    const offFirst = registerCommand('save-sheet-pdf', first)
    const offSecond = registerCommand('save-sheet-pdf', second)
    runCommand('save-sheet-pdf')
    expect(second).toHaveBeenCalledTimes(1)
    expect(first).not.toHaveBeenCalled()
    offSecond()
    offFirst()
  })
})
