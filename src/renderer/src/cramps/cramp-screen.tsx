import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { loadPlayer } from '../player/load-player'
import { useStartRoutine } from '../routines/use-start-routine'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import type { ScreenProps } from '../shell/routes'
import { CrampForm } from './cramp-form'
import { RecentCramps } from './recent-cramps'
import './cramps.css'
import '../i18n/cramp-strings'

/** The built-in routine to ease a cramp that is happening now. */
const reliefRoutineId = 'cramp-relief'

/** Log a cramp (#/cramp): cramp relief first if it is happening now, the log form, recent cramps, when to get help. */
export default function CrampScreen({ param }: ScreenProps): ReactNode {
  const t = useTranslation()
  // #/cramp/at/<ms>[h<seconds held>]: the relief routine just ended; the cramp began when it started and
  // lasted as long as its stretch was held.
  const match = param === undefined ? null : /^(\d{1,15})(?:h(\d{1,6}))?$/.exec(param)
  const fromRelief = match ? Number(match[1]) : undefined
  const heldSeconds = match?.[2] === undefined ? undefined : Number(match[2])
  const { start, failure } = useStartRoutine()
  return (
    <div className="cramp-page">
      <ScreenHeading>{t('cramp.title')}</ScreenHeading>
      <p className="muted cramp-intro">{t('cramp.intro')}</p>
      {fromRelief === undefined ? (
        <div className="cramp-now">
          <p>{t('cramp.happeningNow')}</p>
          <button type="button" onClick={() => void start(reliefRoutineId)} onPointerEnter={() => void loadPlayer()}>
            {t('cramp.startRelief')}
          </button>
          <p role="alert" className="form-failure">
            {failure}
          </p>
        </div>
      ) : (
        <p className="cramp-from-relief">{t('cramp.fromRelief')}</p>
      )}
      <CrampForm startedAtMs={fromRelief} heldSeconds={heldSeconds} />
      <StateGate select={(state) => state.recentCramps}>{(cramps) => <RecentCramps cramps={cramps} />}</StateGate>
      <aside className="cramp-note" aria-labelledby="cramp-note-title">
        <h2 id="cramp-note-title">{t('cramp.noteTitle')}</h2>
        <p>{t('cramp.note')}</p>
        <p>{t('cramp.urgent')}</p>
      </aside>
    </div>
  )
}
