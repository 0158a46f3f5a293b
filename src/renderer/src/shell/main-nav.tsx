import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { routeHref } from './navigation'
import { routes, type Route, type RouteId } from './routes'

/** The main navigation: one link per labelled screen; the open one (or its section) marked with aria-current. */
export function MainNav({ active }: { readonly active: Route }): ReactNode {
  const t = useTranslation()
  const current = active.section ?? active.id
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {(routes as readonly Route[]).map((route) =>
          route.labelKey === undefined ? null : (
            <li key={route.id}>
              <a
                href={routeHref(route.id as RouteId)}
                aria-current={route.id === current ? 'page' : undefined}
                onPointerEnter={() => void route.preload?.()}
                onFocus={() => void route.preload?.()}
              >
                {t(route.labelKey)}
              </a>
            </li>
          )
        )}
      </ul>
    </nav>
  )
}
