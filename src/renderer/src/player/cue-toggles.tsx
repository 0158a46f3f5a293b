import { memo, useState, type ReactNode } from 'react'
import type { Settings, SettingsPatch } from '../../../core/settings/settings'
import { settingsLimits } from '../../../core/settings/settings-limits'
import { useAppActions } from '../api/app-state'
import { useTranslation } from '../i18n/use-translation'
import { unlockAudio } from './cue-output'
import '../i18n/routine-strings'

/** Sound, speech, flash, volume and the get-ready countdown: saved as settings as each is changed, so they are remembered. */
export const CueToggles = memo(function CueToggles({ settings }: { readonly settings: Settings }): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const [failure, setFailure] = useState('')
  const [getReady, setGetReady] = useState(String(settings.getReadySeconds))

  const change = async (patch: SettingsPatch): Promise<void> => {
    if (patch.soundCues) unlockAudio()
    const outcome = await perform('updateSettings', patch)
    setFailure(outcome.ok ? '' : t('player.cuesFailed'))
  }
  const saveGetReady = (): void => {
    const seconds = Number(getReady)
    const { min, max } = settingsLimits.getReadySeconds
    if (getReady.trim() === '' || !Number.isInteger(seconds) || seconds < min || seconds > max) {
      setFailure(t('player.getReadyInvalid', { min, max }))
      setGetReady(String(settings.getReadySeconds))
      return
    }
    if (seconds !== settings.getReadySeconds) void change({ getReadySeconds: seconds })
  }

  return (
    <fieldset className="cue-toggles">
      <legend>{t('player.cues')}</legend>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.soundCues}
          onChange={(event) => void change({ soundCues: event.target.checked })}
        />
        {t('player.soundCues')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.spokenCues}
          onChange={(event) => void change({ spokenCues: event.target.checked })}
        />
        {t('player.spokenCues')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={settings.flashCues}
          onChange={(event) => void change({ flashCues: event.target.checked })}
        />
        {t('player.flashCues')}
      </label>
      <label className="cue-volume">
        {t('player.cueVolume')}
        <input
          type="range"
          min={0}
          max={100}
          step={10}
          defaultValue={settings.cueVolumePercent}
          onPointerUp={(event) => void change({ cueVolumePercent: Number(event.currentTarget.value) })}
          onKeyUp={(event) => void change({ cueVolumePercent: Number(event.currentTarget.value) })}
        />
      </label>
      <label className="get-ready-field">
        {t('player.getReady')}
        <input
          type="number"
          inputMode="numeric"
          min={settingsLimits.getReadySeconds.min}
          max={settingsLimits.getReadySeconds.max}
          value={getReady}
          aria-describedby="get-ready-hint"
          onChange={(event) => setGetReady(event.target.value)}
          onBlur={saveGetReady}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveGetReady()
          }}
        />
        <span id="get-ready-hint" className="muted">
          {t('player.getReadyHint')}
        </span>
      </label>
      <p role="alert" className="form-failure">
        {failure}
      </p>
    </fieldset>
  )
})
