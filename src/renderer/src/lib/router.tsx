import { useSyncExternalStore, type AnchorHTMLAttributes, type ReactNode } from 'react'
import { parseRoute, routeHref, type Route } from './routes'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = (): string => window.location.hash

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash))
}

export function navigate(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  const href = routeHref(route)
  if (replace) {
    window.location.replace(href)
  } else if (window.location.hash !== href) {
    window.location.hash = href
  }
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: Route
  children: ReactNode
}

export function Link({ to, children, ...rest }: LinkProps) {
  return (
    <a href={routeHref(to)} {...rest}>
      {children}
    </a>
  )
}
