import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../shared/ipc'
import { buildMenuTemplate } from './menu'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])
  ])
}

function find(label: string, platform: NodeJS.Platform = 'linux') {
  const send = vi.fn<(command: MenuCommand) => void>()
  const item = flatten(buildMenuTemplate({ platform, isDev: false, send })).find(
    (i) => i.label === label
  )
  return { item, send }
}

describe('application menu', () => {
  it('sends each main command to the renderer', () => {
    for (const [label, command] of [
      ['New Patient', 'new-patient'],
      ['Log Session', 'log-session'],
      ['Print Sheet…', 'print-sheet'],
      ['Back Up…', 'backup'],
      ['Races', 'go-races']
    ] as const) {
      const { item, send } = find(label)
      expect(item, label).toBeDefined()
      ;(item!.click as () => void)()
      expect(send).toHaveBeenCalledWith(command)
    }
  })

  it('gives the main commands their shortcuts', () => {
    expect(find('Log Session').item?.accelerator).toBe('CmdOrCtrl+L')
    expect(find('Save Sheet as PDF…').item?.accelerator).toBe('CmdOrCtrl+Shift+P')
  })

  it('keeps the standard Edit menu so text fields can copy and paste', () => {
    const template = buildMenuTemplate({ platform: 'linux', isDev: false, send: () => undefined })
    expect(template.some((i) => i.role === 'editMenu')).toBe(true)
  })

  it('offers developer tools only while developing', () => {
    const roles = (isDev: boolean) =>
      flatten(buildMenuTemplate({ platform: 'linux', isDev, send: () => undefined })).map(
        (i) => i.role
      )
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
  })
})
