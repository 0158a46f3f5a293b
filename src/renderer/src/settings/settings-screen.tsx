import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { SettingsForm } from './settings-form'
import './settings.css'

/** Settings: units, water amounts, body weight and active hours, saved together. */
export default function SettingsScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <StateGate>{(state) => <SettingsForm settings={state.settings} />}</StateGate>
    </>
  )
}
