import type { ReactNode } from 'react'
import type { Notice } from '../../../contract/state'
import { useAppActions, useLoadedSelector } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import './notices.css'

/** One repaired-file notice: which file, why, that valid values were kept, and where the original went. */
function StoreRecoveredBanner({
  notice,
  onDismiss
}: {
  readonly notice: Notice
  readonly onDismiss: () => void
}): ReactNode {
  const t = useTranslation()
  const titleId = `notice-${notice.id}-title`
  return (
    <section role="alert" className="notice" aria-labelledby={titleId}>
      <div className="notice-text">
        <p id={titleId} className="notice-title">
          {t(`notices.title.${notice.reason}`, { file: t(`notices.file.${notice.store}`) })}
        </p>
        <p>{t('notices.kept')}</p>
        <p>
          {t('notices.backup')} <code className="notice-path">{notice.backupPath}</code>
        </p>
      </div>
      <button type="button" className="button-quiet" onClick={onDismiss} aria-describedby={titleId}>
        {t('notices.dismiss')}
      </button>
    </section>
  )
}

/** Banners for every notice the service holds, above the open screen. */
export function NoticeBanners(): ReactNode {
  const { perform } = useAppActions()
  const notices = useLoadedSelector((state) => state.notices)
  const dismiss = async (id: string): Promise<void> => {
    const outcome = await perform('dismissNotice', { id })
    // The focused button is gone with its banner: land on the screen heading instead of the page body.
    if (outcome.ok) document.querySelector<HTMLElement>('#main h1')?.focus()
  }
  if (!notices || notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice) =>
        notice.kind === 'store-recovered' ? (
          <StoreRecoveredBanner key={notice.id} notice={notice} onDismiss={() => void dismiss(notice.id)} />
        ) : null
      )}
    </div>
  )
}
