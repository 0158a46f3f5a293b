import type { ReactNode } from 'react'
import { usePreventionTranslation, type PreventionKey } from '../i18n/prevention-strings'
import { routeHref } from '../shell/navigation'
import { SectionSources } from './section-sources'

/** The causes, each with the screen where Limber helps with it (the nerve one has no link: it needs a professional). */
const causes = [
  { id: 'fatigue', href: routeHref('history') },
  { id: 'fluids', href: routeHref('today') },
  { id: 'warmUp', href: routeHref('routines') },
  { id: 'nerve' }
] as const satisfies readonly { id: string; href?: string }[]

const helpItems = ['persistent', 'signs', 'nerves', 'selfCare', 'sleep'] as const

/** Why cramps happen, in short paragraphs with what Limber offers for each, then when to see a professional. */
export function CausesSection(): ReactNode {
  const t = usePreventionTranslation()
  return (
    <section className="prevention-section" aria-labelledby="prevention-causes-title">
      <h2 id="prevention-causes-title">{t('prevention.causes.title')}</h2>
      <p>{t('prevention.causes.intro')}</p>
      {causes.map((cause) => (
        <div key={cause.id} className="prevention-cause">
          <h3>{t(`prevention.causes.${cause.id}.title`)}</h3>
          <p>{t(`prevention.causes.${cause.id}.text`)}</p>
          <p className="prevention-offer">{t(`prevention.causes.${cause.id}.offer`)}</p>
          {'href' in cause && <a href={cause.href}>{t(`prevention.causes.${cause.id}.link` as PreventionKey)}</a>}
        </div>
      ))}
      <div className="prevention-cause prevention-help">
        <h3>{t('prevention.causes.help.title')}</h3>
        <p id="prevention-help-intro">{t('prevention.causes.help.intro')}</p>
        <ul aria-labelledby="prevention-help-intro">
          {helpItems.map((item) => (
            <li key={item}>{t(`prevention.causes.help.items.${item}`)}</li>
          ))}
        </ul>
        <p>
          <strong>{t('prevention.causes.help.urgent')}</strong>
        </p>
        <p>{t('prevention.causes.help.log')}</p>
        <a href={routeHref('cramp')}>{t('prevention.causes.help.logLink')}</a>
      </div>
      <SectionSources section="causes" />
    </section>
  )
}
