import type { ReactNode } from 'react'
import { guidanceUsing } from '../../../core/health/guidance-sources'
import { patternThresholds } from '../../../core/activities/pattern-thresholds'
import type { Routine } from '../../../core/routines/routine'
import { commonPractice, factSources, notMedicalAdvice } from '../../../core/health/sources'
import { warningRules } from '../../../core/health/warning-signs'
import { usePreventionTranslation } from '../i18n/prevention-strings'
import { useTranslation } from '../i18n/use-translation'
import { ScreenHeading } from '../shell/screen-heading'
import { sourcePublisher } from '../shell/source-citation'
import { StateGate } from '../shell/state-gate'
import { citationsOf } from './citations'
import './sources.css'
import '../i18n/routine-strings'

/** One line of "Used in:": where (a routine, or a part of Limber) and, when narrower, what there. */
interface Use {
  readonly key: string
  readonly where: string
  readonly what: readonly string[]
}

/** Everything that relies on a source: routines with their steps, then Prevention, warning signs and reminders. */
function useSourceUses(sourceId: string, routines: readonly Routine[]): Use[] {
  const t = useTranslation()
  const prevention = usePreventionTranslation()
  const { prevention: sections, warnings, reminders, activities } = guidanceUsing(sourceId)
  const rules = {
    minutes: warningRules.longCrampMinutes,
    days: warningRules.frequentDays,
    window: warningRules.frequentWindowDays,
    nights: warningRules.nightsInARow
  }
  const uses: Use[] = citationsOf(sourceId, routines).map(({ routine, steps }) => ({
    key: routine.id,
    where: routine.name,
    what: steps
  }))
  if (sections.length > 0) {
    const what = sections.map((section) => prevention(`prevention.${section}.title`))
    uses.push({ key: 'prevention', where: prevention('prevention.title'), what })
  }
  if (warnings.length > 0) {
    const what = warnings.map((kind) => t(`sources.uses.warningKinds.${kind}`, rules))
    uses.push({ key: 'warnings', where: t('sources.uses.warnings'), what })
  }
  if (reminders.length > 0) {
    const what = reminders.map((kind) => t(`sources.uses.reminderKinds.${kind}`))
    uses.push({ key: 'reminders', where: t('sources.uses.reminders'), what })
  }
  if (activities.length > 0) {
    const figures = {
      minCramps: patternThresholds.minCramps.value,
      longMinutes: patternThresholds.longWorkoutMinutes.value,
      hotC: patternThresholds.hotFromC.value,
      count: patternThresholds.heartRateActivities.value
    }
    const what = activities.map((rule) => t(`sources.uses.activityRules.${rule}`, figures))
    uses.push({ key: 'activities', where: t('sources.uses.activities'), what })
  }
  return uses
}

/** Where one source's facts (or the common-practice moves) are used. */
function Uses({ sourceId, routines }: { readonly sourceId: string; readonly routines: readonly Routine[] }): ReactNode {
  const t = useTranslation()
  const uses = useSourceUses(sourceId, routines)
  if (uses.length === 0) return <p className="muted">{t('sources.generalGuidance')}</p>
  return (
    <>
      <p className="muted">{t('sources.citedBy')}</p>
      <ul className="citations">
        {uses.map(({ key, where, what }) => (
          <li key={key}>
            <span className="citation-routine">{where}</span>
            {what.length > 0 && <span>{t('sources.steps', { steps: what.join(', ') })}</span>}
          </li>
        ))}
      </ul>
    </>
  )
}

/** The moves no source describes, said plainly to be common coaching practice; absent when no routine has one. */
function CommonPractice({ routines }: { readonly routines: readonly Routine[] }): ReactNode {
  const t = useTranslation()
  if (citationsOf(commonPractice, routines).length === 0) return null
  return (
    <li>
      <article aria-labelledby="source-common-practice">
        <h2 id="source-common-practice">{t('sources.commonPractice.title')}</h2>
        <p className="source-organisation">{t('sources.commonPractice.text')}</p>
        <Uses sourceId={commonPractice} routines={routines} />
      </article>
    </li>
  )
}

/** Sources (#/sources): every source of the app's facts and the routines, steps and guidance that rely on it. */
export default function SourcesScreen(): ReactNode {
  const t = useTranslation()
  return (
    <>
      <ScreenHeading>{t('sources.title')}</ScreenHeading>
      <div className="sources">
        <p className="not-medical-advice">{notMedicalAdvice}</p>
        <p>{t('sources.intro')}</p>
        <StateGate>
          {(state) => (
            <ul className="source-list">
              {factSources.map((source) => (
                <li key={source.id}>
                  <article aria-labelledby={`source-${source.id}`}>
                    <h2 id={`source-${source.id}`}>
                      <a href={source.url} target="_blank" rel="noreferrer">
                        {source.title}
                      </a>
                    </h2>
                    <p className="source-organisation">{sourcePublisher(source)}</p>
                    <Uses sourceId={source.id} routines={state.routines} />
                  </article>
                </li>
              ))}
              <CommonPractice routines={state.routines} />
            </ul>
          )}
        </StateGate>
      </div>
    </>
  )
}
