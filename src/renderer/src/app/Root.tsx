import { StrictMode } from 'react'
import { App } from '@renderer/app/App'
import { ToastProvider } from '@renderer/components/Toasts'
import type { Repositories } from '@renderer/db/repositories'
import { ClockProvider } from '@renderer/lib/clock'
import { DataProvider } from '@renderer/lib/data'
import type { ActorHolder } from '@renderer/lib/actor'

export type RootProps = { repositories: Repositories; clock: () => Date; actor: ActorHolder }

/** The app with what every screen uses: the clock, the data and the toasts. */
export function Root({ repositories, clock, actor }: RootProps) {
  return (
    <StrictMode>
      <ClockProvider clock={clock}>
        <DataProvider repositories={repositories}>
          <ToastProvider>
            <App actor={actor} />
          </ToastProvider>
        </DataProvider>
      </ClockProvider>
    </StrictMode>
  )
}
