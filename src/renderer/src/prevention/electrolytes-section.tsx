import type { ReactNode } from 'react'
import { usePreventionTranslation } from '../i18n/prevention-strings'
import { routeHref } from '../shell/navigation'
import { SectionSources } from './section-sources'

const whenItems = ['long', 'hot', 'sweat'] as const

/** When electrolytes matter, what to reach for, and the reminder Limber sends before long or hot-day workouts. */
export function ElectrolytesSection(): ReactNode {
  const t = usePreventionTranslation()
  return (
    <section className="prevention-section" aria-labelledby="prevention-electrolytes-title">
      <h2 id="prevention-electrolytes-title">{t('prevention.electrolytes.title')}</h2>
      <p>{t('prevention.electrolytes.why')}</p>
      <div>
        <p id="prevention-electrolytes-when">{t('prevention.electrolytes.when')}</p>
        <ul aria-labelledby="prevention-electrolytes-when">
          {whenItems.map((item) => (
            <li key={item}>{t(`prevention.electrolytes.whenItems.${item}`)}</li>
          ))}
        </ul>
      </div>
      <p>{t('prevention.electrolytes.plainWater')}</p>
      <p>{t('prevention.electrolytes.reach')}</p>
      <p>{t('prevention.electrolytes.reminder')}</p>
      <a href={routeHref('reminders')}>{t('prevention.electrolytes.remindersLink')}</a>
      <SectionSources section="electrolytes" />
    </section>
  )
}
