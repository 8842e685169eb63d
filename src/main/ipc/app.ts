import { z } from 'zod'
import type { AppInfo } from '../../shared/ipc'
import { ok } from '../../shared/result'
import type { Handler } from './handle'

export type AppInfoDeps = AppInfo

export function appInfoHandler(deps: AppInfoDeps): Handler<'app:get-info'> {
  return {
    request: z.null(),
    run: async () => ok({ ...deps })
  }
}
