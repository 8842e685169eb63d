import { z } from 'zod'
import { ok } from '../../shared/result'
import type { Handler } from './handle'

export type AppInfoDeps = { version: string; userDataPath: string; platform: string }

export function appInfoHandler(deps: AppInfoDeps): Handler<'app:get-info'> {
  return {
    request: z.null(),
    run: async () => ok({ ...deps })
  }
}
