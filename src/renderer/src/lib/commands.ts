import { useEffect, useRef } from 'react'
import type { MenuCommand } from '@shared/ipc'

type Handler = () => void

/**
 * Who answers a command (from the menu or a shortcut). The screen on display may take a
 * command over ("Print sheet" on a sheet prints it); the most recently registered handler
 * answers. The shell's defaults register as fallbacks, below every screen's handler: React
 * runs a screen's effects before the shell's, and the shell re-registers when the route
 * changes, so registration order alone would let a default shadow the screen.
 */
const handlers = new Map<MenuCommand, Handler[]>()

export function registerCommand(
  command: MenuCommand,
  handler: Handler,
  { isFallback = false }: { isFallback?: boolean } = {}
): () => void {
  const list = handlers.get(command) ?? []
  if (isFallback) list.unshift(handler)
  else list.push(handler)
  handlers.set(command, list)
  return () => {
    const current = handlers.get(command) ?? []
    handlers.set(
      command,
      current.filter((h) => h !== handler)
    )
  }
}

/** Runs a command; false when nothing answers it. */
export function runCommand(command: MenuCommand): boolean {
  const list = handlers.get(command)
  const handler = list?.[list.length - 1]
  if (!handler) return false
  handler()
  return true
}

/** Answers a command while the calling component is on screen. */
export function useCommand(command: MenuCommand, handler: Handler): void {
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => registerCommand(command, () => latest.current()), [command])
}
