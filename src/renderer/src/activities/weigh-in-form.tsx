import { useId, useState, type FormEvent, type ReactNode } from 'react'
import type { ActivityView } from '../../../contract/slices/activities'
import type { WeighIn } from '../../../core/activities/activity'
import { activityLimits } from '../../../core/activities/activity-model'
import type { VolumeUnit } from '../../../core/settings/units'
import { useAppActions } from '../api/app-state'
import { parseNumberInput, parseVolumeInput, volumeInputValue } from '../format/volume'
import { useTranslation } from '../i18n/use-translation'
import { LiveMessage, type LiveMessageValue } from '../today/live-message'

const drankLimitsMl = { min: 0, max: 10_000 }

/** A weight typed in kg, within what Limber accepts; null otherwise. */
function parseWeight(text: string): number | null {
  const value = parseNumberInput(text)
  const { min, max } = activityLimits.weightKg
  return value === null || value < min || value > max ? null : Math.round(value * 10) / 10
}

/** The weigh-in the fields hold, or the words for what is wrong with them. */
function readWeighIn(
  before: string,
  after: string,
  drank: string,
  unit: VolumeUnit,
  t: ReturnType<typeof useTranslation>
): WeighIn | string {
  const beforeKg = parseWeight(before)
  const afterKg = parseWeight(after)
  if (beforeKg === null || afterKg === null) {
    return t('activities.weighIn.invalidWeight', activityLimits.weightKg)
  }
  const drankMl = drank.trim() === '' ? 0 : parseVolumeInput(drank, unit, drankLimitsMl)
  if (drankMl === null) return t('activities.weighIn.invalidDrank')
  return { beforeKg, afterKg, drankMl: Math.round(drankMl) }
}

/**
 * "I weighed __ kg before and __ kg after, and drank __ ml during": saved with the activity, it turns the estimate
 * into a measurement. An impossible weigh-in is refused, saying why, and nothing is saved.
 */
export function WeighInForm({
  activity,
  unit
}: {
  readonly activity: ActivityView
  readonly unit: VolumeUnit
}): ReactNode {
  const t = useTranslation()
  const { perform } = useAppActions()
  const id = useId()
  const [before, setBefore] = useState(activity.weighIn ? String(activity.weighIn.beforeKg) : '')
  const [after, setAfter] = useState(activity.weighIn ? String(activity.weighIn.afterKg) : '')
  const [drank, setDrank] = useState(activity.weighIn ? volumeInputValue(activity.weighIn.drankMl, unit) : '')
  const [message, setMessage] = useState<LiveMessageValue>()

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const weighIn = readWeighIn(before, after, drank, unit, t)
    if (typeof weighIn === 'string') return setMessage({ kind: 'error', text: weighIn })
    const outcome = await perform('recordWeighIn', { activityId: activity.id, weighIn })
    if (outcome.ok) return setMessage({ kind: 'status', text: t('activities.weighIn.saved') })
    const reason = outcome.error.issues[0]?.message
    setMessage({
      kind: 'error',
      text:
        reason === 'weight-gained' || reason === 'rate-too-high'
          ? t(`activities.weighIn.refused.${reason}`)
          : t('activities.weighIn.failed')
    })
  }

  const field = (suffix: string, label: string, value: string, set: (text: string) => void): ReactNode => (
    <input
      id={`${id}-${suffix}`}
      aria-label={label}
      inputMode="decimal"
      size={5}
      value={value}
      onChange={(event) => set(event.target.value)}
    />
  )
  return (
    <details className="weigh-in-details">
      <summary>{activity.weighIn ? t('activities.weighIn.openChange') : t('activities.weighIn.open')}</summary>
      <form className="weigh-in" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => void submit(event)}>
        <h4 id={`${id}-title`}>{t('activities.weighIn.title')}</h4>
        <p className="muted">{t('activities.weighIn.hint')}</p>
        <p className="weigh-in-sentence">
          {t('activities.weighIn.sentenceStart')} {field('before', t('activities.weighIn.before'), before, setBefore)}{' '}
          {t('activities.weighIn.sentenceBefore')} {field('after', t('activities.weighIn.after'), after, setAfter)}{' '}
          {t('activities.weighIn.sentenceAfter')}{' '}
          {field('drank', t('activities.weighIn.drank', { unit: t(`units.${unit}`) }), drank, setDrank)}{' '}
          {t('activities.weighIn.sentenceEnd', { unit: t(`units.${unit}`) })}
        </p>
        <button type="submit">{t('activities.weighIn.save')}</button>
        <LiveMessage message={message} />
      </form>
    </details>
  )
}
