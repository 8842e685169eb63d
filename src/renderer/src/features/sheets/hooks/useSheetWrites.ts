import { useCallback } from 'react'
import type { HandoutWay, SheetContent } from '@shared/domain/sheet/content'
import { useRepositories } from '@renderer/lib/data'
import { useRunWrite } from '@renderer/lib/writes'

/** Keeping with the session the sheet as it was handed out (printed or saved). */
export function useSheetWrites(sessionId: string) {
  const { sessions } = useRepositories()
  const run = useRunWrite()
  const recordHandout = useCallback(
    (content: SheetContent, paperSize: 'A4' | 'Letter', way: HandoutWay) =>
      run(sessions.recordHandout(sessionId, { content, paperSize, way })),
    [run, sessions, sessionId]
  )
  return { recordHandout }
}
