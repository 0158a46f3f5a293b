import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { routeHref } from '../shell/navigation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { LanguageField } from './language-field'
import { SettingsForm } from './settings-form'
import { WidgetToggle } from './widget-toggle'
import '../i18n/setup-strings'
import './settings.css'

/** Settings: the window's language (saved at once), then units, water amounts, body weight and active hours, saved together. */
export default function SettingsScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <LanguageField />
      <StateGate select={(state) => state.settings}>{(settings) => <SettingsForm settings={settings} />}</StateGate>
      <WidgetToggle />
      <p className="run-setup">
        <a href={routeHref('setup')}>{t('setup.runAgain')}</a>
      </p>
    </>
  )
}
