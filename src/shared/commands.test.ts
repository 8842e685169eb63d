import { describe, expect, it } from 'vitest'
import { accelerator, commandForKey, shortcutLabel } from './commands'

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

describe('command shortcuts', () => {
  it('maps Ctrl (or Cmd on a Mac) plus a key to its command', () => {
    expect(commandForKey(key('l', { ctrlKey: true }), false)).toBe('log-session')
    expect(commandForKey(key('L', { metaKey: true }), true)).toBe('log-session')
    expect(commandForKey(key('P', { ctrlKey: true, shiftKey: true }), false)).toBe('save-sheet-pdf')
    expect(commandForKey(key('p', { ctrlKey: true }), false)).toBe('print-sheet')
  })

  it('ignores plain typing and the wrong modifier', () => {
    expect(commandForKey(key('l'), false)).toBeNull()
    expect(commandForKey(key('l', { metaKey: true }), false)).toBeNull()
    expect(commandForKey(key('l', { ctrlKey: true, altKey: true }), false)).toBeNull()
  })

  it('writes the same shortcut as a menu accelerator and a label', () => {
    expect(accelerator('backup')).toBe('CmdOrCtrl+Shift+B')
    expect(accelerator('restore')).toBeUndefined()
    expect(shortcutLabel('go-today', false)).toBe('Ctrl+1')
    expect(shortcutLabel('go-today', true)).toBe('⌘1')
  })
})
