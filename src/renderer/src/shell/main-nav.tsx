import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { routeHref, routes, type Route } from './routes'

/** The main navigation: one link per screen, the open one marked with aria-current. */
export function MainNav({ active }: { readonly active: Route }): ReactNode {
  const t = useTranslation()
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {routes.map((route: Route) => (
          <li key={route.id}>
            <a
              href={routeHref(route)}
              aria-current={route.id === active.id ? 'page' : undefined}
              onPointerEnter={() => void route.preload?.()}
              onFocus={() => void route.preload?.()}
            >
              {t(route.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
