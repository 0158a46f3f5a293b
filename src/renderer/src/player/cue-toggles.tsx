import { useState, type ReactNode } from 'react'
import type { Settings } from '../../../core/settings'
import { useAppState } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { unlockAudio } from './cue-output'
import '../i18n/routine-strings'

type CueSetting = 'soundCues' | 'spokenCues'

/** "Sound cues" and "Speak step names": saved as settings, so the choice is remembered. */
export function CueToggles({ settings }: { readonly settings: Settings }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppState()
  const [failure, setFailure] = useState('')

  const change = async (key: CueSetting, on: boolean): Promise<void> => {
    if (key === 'soundCues' && on) unlockAudio()
    const outcome = await perform('updateSettings', key === 'soundCues' ? { soundCues: on } : { spokenCues: on })
    setFailure(outcome.ok ? '' : t('player.cuesFailed'))
  }

  return (
    <fieldset className="cue-toggles">
      <legend>{t('player.cues')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.soundCues}
          onChange={(event) => void change('soundCues', event.target.checked)}
        />
        {t('player.soundCues')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.spokenCues}
          onChange={(event) => void change('spokenCues', event.target.checked)}
        />
        {t('player.spokenCues')}
      </label>
      <p role="alert" className="form-failure">
        {failure}
      </p>
    </fieldset>
  )
}
