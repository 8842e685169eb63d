import { z } from 'zod'
import type { AppInfo } from '../../shared/ipc'
import { ok } from '../../shared/result'
import type { Handler } from './handle'
import { markPlainStoreForRemoval } from '../plainStore'

export type AppInfoDeps = AppInfo

export function retirePlainStoreHandler(storageDir: string): Handler<'storage:retire-plain'> {
  return {
    request: z.null(),
    run: async () => {
      await markPlainStoreForRemoval(storageDir)
      return ok(null)
    }
  }
}

export function appInfoHandler(deps: AppInfoDeps): Handler<'app:get-info'> {
  return {
    request: z.null(),
    run: async () => ok({ ...deps })
  }
}
