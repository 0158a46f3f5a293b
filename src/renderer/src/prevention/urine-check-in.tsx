import { useState, type FormEvent, type ReactNode } from 'react'
import { urineLevel, urineLevels } from '../../../core/health/prevention'
import { useAppActions } from '../api/app-state'
import { usePreventionTranslation } from '../i18n/prevention-strings'
import { describedBy, FieldError } from '../shell/field-error'
import { StateGate } from '../shell/state-gate'
import { SectionSources } from './section-sources'

const scaleId = 'urine-scale'
const hintId = 'urine-scale-hint'

/**
 * The daily urine-colour check-in: the eight-level scale as a radio group (swatch and plain name, the target band
 * marked in words), one `checkInUrine` call, and the saved level's reading in a status line.
 */
function CheckInForm({ saved }: { readonly saved: number | null }): ReactNode {
  const t = usePreventionTranslation()
  const { perform } = useAppActions()
  const [chosen, setChosen] = useState<number | null>(saved)
  // A newly saved level (here or from another window) becomes the choice; the form stays mounted, so focus stays put.
  const [shownSaved, setShownSaved] = useState(saved)
  if (shownSaved !== saved) {
    setShownSaved(saved)
    setChosen(saved)
  }
  const [missing, setMissing] = useState(false)
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState('')

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    if (saving) return
    if (chosen === null) {
      setMissing(true)
      document.getElementById(scaleId)?.querySelector('input')?.focus()
      return
    }
    setSaving(true)
    setFailure('')
    const outcome = await perform('checkInUrine', { level: chosen })
    setSaving(false)
    if (!outcome.ok) setFailure(t('prevention.urine.failed'))
  }

  const tier = saved === null ? undefined : urineLevel(saved)?.tier
  const error = missing && chosen === null ? t('prevention.urine.chooseLevel') : undefined
  return (
    <form className="urine-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset
        id={scaleId}
        className="urine-scale"
        role="radiogroup"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(scaleId, Boolean(error), hintId)}
      >
        <legend>{t('prevention.urine.legend')}</legend>
        <p id={hintId} className="field-hint">
          {t('prevention.urine.hint')}
        </p>
        {urineLevels.map(({ level, id, swatch, target }) => (
          <label key={level} className={target ? 'urine-option urine-option-target' : 'urine-option'}>
            <input
              type="radio"
              name={scaleId}
              value={level}
              checked={chosen === level}
              onChange={() => setChosen(level)}
              // Spelled out so a screen reader hears "Pale yellow, target" (the visible text is in two boxes).
              aria-label={
                target
                  ? `${t(`prevention.urine.levels.${id}`)}, ${t('prevention.urine.target')}`
                  : t(`prevention.urine.levels.${id}`)
              }
            />
            <span className="urine-swatch" style={{ backgroundColor: swatch }} aria-hidden="true" />
            <span className="urine-name">{t(`prevention.urine.levels.${id}`)}</span>
            {target && <span className="urine-target">{t('prevention.urine.target')}</span>}
          </label>
        ))}
        <FieldError fieldId={scaleId} message={error} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" aria-disabled={saving || undefined}>
          {t(saved === null ? 'prevention.urine.submit' : 'prevention.urine.change')}
        </button>
      </div>
      <p role="status" className="urine-reading">
        {tier ? t(`prevention.urine.reading.${tier}`) : ''}
      </p>
      <p role="alert" className="form-failure">
        {failure}
      </p>
    </form>
  )
}

/** The check-in section; the form shows once the state (with today's check-in, if any) has loaded. */
export function UrineCheckIn(): ReactNode {
  const t = usePreventionTranslation()
  return (
    <section className="prevention-section" aria-labelledby="prevention-urine-title">
      <h2 id="prevention-urine-title">{t('prevention.urine.title')}</h2>
      <p>{t('prevention.urine.intro')}</p>
      <p>{t('prevention.urine.amount')}</p>
      <StateGate select={(state) => state.urineToday}>{(saved) => <CheckInForm saved={saved} />}</StateGate>
      <SectionSources section="urine" />
    </section>
  )
}
