import { StrictMode } from 'react'
import { App } from '@renderer/app/App'
import { ToastProvider } from '@renderer/components/Toasts'
import type { Repositories } from '@renderer/db/repositories'
import { ClockProvider } from '@renderer/lib/clock'
import { DataProvider } from '@renderer/lib/data'

export type RootProps = { repositories: Repositories; clock: () => Date }

/** The app with what every screen uses: the clock, the data and the toasts. */
export function Root({ repositories, clock }: RootProps) {
  return (
    <StrictMode>
      <ClockProvider clock={clock}>
        <DataProvider repositories={repositories}>
          <ToastProvider>
            <App />
          </ToastProvider>
        </DataProvider>
      </ClockProvider>
    </StrictMode>
  )
}
