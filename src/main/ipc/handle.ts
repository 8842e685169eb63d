import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../shared/ipc'
import { err } from '../../shared/result'
import { errorCode, silentLog, type Log } from '../log'
import { isTrustedUrl } from '../security'

export type HandlerContext = {
  event: IpcMainInvokeEvent
}

export type Handler<C extends InvokeChannel> = {
  /** Validates the request; a request that fails it never reaches `run`. */
  request: z.ZodType<InvokeRequest<C>>
  run: (request: InvokeRequest<C>, context: HandlerContext) => Promise<InvokeResponse<C>>
}

export type HandlerTable = { [C in InvokeChannel]: Handler<C> }

type SenderInfo = { senderFrame: { url: string } | null }

/**
 * Runs one IPC request: the sender must be the app's own page and the request must match the
 * channel's schema; anything else is refused with an error value (never thrown across IPC).
 * The log gets the channel and why, never the request or the error's message.
 */
export async function runHandler<C extends InvokeChannel>(
  handler: Handler<C>,
  event: SenderInfo,
  payload: unknown,
  devServerUrl: string | undefined,
  log: Log = silentLog,
  channel: InvokeChannel | 'unknown' = 'unknown'
): Promise<InvokeResponse<C>> {
  const senderUrl = event.senderFrame?.url ?? ''
  if (!isTrustedUrl(senderUrl, devServerUrl)) {
    log.warn('ipc.refused', { channel, why: 'sender' })
    return err('Refused: the request did not come from Racepoint.') as InvokeResponse<C>
  }
  const parsed = handler.request.safeParse(payload)
  if (!parsed.success) {
    log.warn('ipc.refused', { channel, why: 'input' })
    return err(
      `Refused: invalid request (${parsed.error.issues[0]?.message ?? 'bad input'}).`
    ) as InvokeResponse<C>
  }
  try {
    return await handler.run(parsed.data, { event: event as IpcMainInvokeEvent })
  } catch (error) {
    log.error('ipc.failed', { channel, code: errorCode(error) })
    return err(error instanceof Error ? error.message : String(error)) as InvokeResponse<C>
  }
}

export function registerHandlers(
  ipcMain: IpcMain,
  table: HandlerTable,
  devServerUrl: string | undefined,
  log: Log
): void {
  for (const channel of Object.keys(table) as InvokeChannel[]) {
    const handler = table[channel] as Handler<InvokeChannel>
    ipcMain.handle(channel, (event, payload: unknown) =>
      runHandler(handler, event, payload, devServerUrl, log, channel)
    )
  }
}
