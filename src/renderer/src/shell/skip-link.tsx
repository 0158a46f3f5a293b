import type { MouseEvent, ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'

// The hash is the router's, so the link moves focus itself instead of navigating to "#main".
const focusMain = (event: MouseEvent<HTMLAnchorElement>): void => {
  event.preventDefault()
  document.getElementById('main')?.focus()
}

/** The first tab stop: jumps past the header and navigation to the screen. */
export function SkipLink(): ReactNode {
  const t = useTranslation()
  return (
    <a className="skip-link" href="#main" onClick={focusMain}>
      {t('app.skipToContent')}
    </a>
  )
}
