import type { WarningSign } from '../../../core/health/warning-signs'
import { warningRules } from '../../../core/health/warning-signs'
import { dateTimeFormat, listFormat, numberFormat } from '../format/number-format'
import { t } from '../i18n/i18n'
import '../i18n/cramp-strings'

/** "Tue 3 Mar" for a local `YYYY-MM-DD`. */
function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1)
  )
}

const formatList = (items: readonly string[]): string => listFormat({ type: 'conjunction' }).format(items)

/** The date an instant falls on, as `formatDay` shows it. */
const dayOf = (atMs: number): string => {
  const at = new Date(atMs)
  return formatDay(`${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`)
}

/** What was noticed, in plain words and without naming any condition ("A cramp on Tue 3 Mar came with numbness"). */
export function warningReason(sign: WarningSign): string {
  switch (sign.kind) {
    case 'symptoms':
      return t('warning.reason.symptoms', {
        date: dayOf(sign.raisedAtMs),
        signs: formatList(sign.symptoms.map((symptom) => t(`cramp.symptom.${symptom}`).toLowerCase()))
      })
    case 'long':
      return t('warning.reason.long', {
        date: dayOf(sign.raisedAtMs),
        minutes: numberFormat({ maximumFractionDigits: 1 }).format(sign.durationMinutes ?? 0),
        limit: warningRules.longCrampMinutes
      })
    case 'frequent':
      return t('warning.reason.frequent', {
        count: sign.dates.length,
        days: warningRules.frequentWindowDays,
        dates: formatList(sign.dates.map(formatDay))
      })
    case 'nights':
      return t('warning.reason.nights', { count: sign.dates.length, dates: formatList(sign.dates.map(formatDay)) })
    case 'sleep':
      return t('warning.reason.sleep', { date: dayOf(sign.raisedAtMs) })
  }
}

/** The source ids behind a set of signs, each once, in the order first named. */
export function warningSourceIds(signs: readonly WarningSign[]): string[] {
  return [...new Set(signs.flatMap((sign) => sign.sourceIds))]
}
