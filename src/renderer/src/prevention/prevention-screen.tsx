import type { ReactNode } from 'react'
import { notMedicalAdvice } from '../../../core/health/sources'
import { usePreventionTranslation } from '../i18n/prevention-strings'
import { ScreenHeading } from '../shell/screen-heading'
import { CausesSection } from './causes-section'
import { ElectrolytesSection } from './electrolytes-section'
import { FoodsSection } from './foods-section'
import { UrineCheckIn } from './urine-check-in'
import './prevention.css'

/**
 * Prevention (#/prevention): today's urine-colour check-in, when electrolytes matter, foods with potassium and
 * magnesium, and why cramps happen with what Limber offers for each; every section lists its sources.
 */
export default function PreventionScreen(): ReactNode {
  const t = usePreventionTranslation()
  return (
    <div className="prevention-page">
      <ScreenHeading>{t('prevention.title')}</ScreenHeading>
      <p className="not-medical-advice">{notMedicalAdvice}</p>
      <p className="muted">{t('prevention.intro')}</p>
      <UrineCheckIn />
      <ElectrolytesSection />
      <FoodsSection />
      <CausesSection />
    </div>
  )
}
