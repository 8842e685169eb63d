import { createContext, useContext, type ReactNode } from 'react'
import type { Repositories } from '@renderer/db/repositories'

const DataContext = createContext<Repositories | null>(null)

export type DataProviderProps = { repositories: Repositories; children: ReactNode }

export function DataProvider({ repositories, children }: DataProviderProps) {
  return <DataContext.Provider value={repositories}>{children}</DataContext.Provider>
}

/** The repositories: the only way components and hooks reach the clinic's data. */
export function useRepositories(): Repositories {
  const repositories = useContext(DataContext)
  if (!repositories) throw new Error('useRepositories needs a DataProvider above it')
  return repositories
}
