import type { ReactNode } from 'react'
import type { VolumeUnit } from '../../../core/settings/units'
import { useTranslation } from '../i18n/use-translation'
import { ScreenHeading } from '../shell/screen-heading'
import { StateGate } from '../shell/state-gate'
import { CrampSection } from './cramp-chart'
import { emptyJournal } from './history-data'
import { PatternsFigures } from './patterns-panel'
import { RoutineSection } from './routine-chart'
import { StreaksSection } from './streaks-section'
import { WarningSignsSection } from './warning-signs-section'
import { WaterSection } from './water-chart'
import { useRefreshingQuery } from './use-refreshing-query'
import { YourDataSection } from './your-data-section'
import './history.css'
import '../i18n/history-strings'

/** The journal's figures: charts, training and patterns, streaks and warning signs, once the service has sent them. */
function HistoryFigures({ unit }: { readonly unit: VolumeUnit }): ReactNode {
  const t = useTranslation()
  const { load, retry } = useRefreshingQuery('getHistory')
  if (load.status === 'loading') return <p className="muted">{t('history.loading')}</p>
  if (load.status === 'failed') {
    return (
      <div role="alert" className="load-failed">
        <p>{t('history.loadFailed')}</p>
        <button type="button" onClick={retry}>
          {t('history.retry')}
        </button>
      </div>
    )
  }
  const history = load.value
  return (
    <>
      {emptyJournal(history) && <p className="empty-journal">{t('history.emptyJournal')}</p>}
      <WaterSection water={history.water} unit={unit} />
      <CrampSection weeks={history.crampWeeks} />
      <RoutineSection weeks={history.routineWeeks} />
      <PatternsFigures unit={unit} />
      <StreaksSection streaks={history.streaks} />
      <WarningSignsSection warnings={history.warnings} />
    </>
  )
}

/** History (#/history): water, cramps and routines over the past weeks, streaks, warning signs, and your data. */
export default function HistoryScreen(): ReactNode {
  const t = useTranslation()
  return (
    <div className="history-page">
      <ScreenHeading>{t('history.title')}</ScreenHeading>
      <p className="muted history-intro">{t('history.intro')}</p>
      <div className="history-sections">
        <StateGate select={(state) => state.settings.volumeUnit}>{(unit) => <HistoryFigures unit={unit} />}</StateGate>
        <YourDataSection />
      </div>
    </div>
  )
}
