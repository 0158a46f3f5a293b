import type { ReactNode } from 'react'
import { mineralFoods } from '../../../core/health/prevention'
import { usePreventionTranslation } from '../i18n/prevention-strings'
import { SectionSources } from './section-sources'

/** Everyday foods that supply potassium and magnesium. */
export function FoodsSection(): ReactNode {
  const t = usePreventionTranslation()
  return (
    <section className="prevention-section" aria-labelledby="prevention-foods-title">
      <h2 id="prevention-foods-title">{t('prevention.foods.title')}</h2>
      <p id="prevention-foods-intro">{t('prevention.foods.intro')}</p>
      <ul className="food-list" aria-labelledby="prevention-foods-intro">
        {mineralFoods.foods.map((food) => (
          <li key={food}>{t(`prevention.foods.items.${food}`)}</li>
        ))}
      </ul>
      <p>{t('prevention.foods.tip')}</p>
      <SectionSources section="foods" />
    </section>
  )
}
