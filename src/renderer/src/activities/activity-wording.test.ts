import { describe, expect, it } from 'vitest'
import type { ActivityView } from '../../../contract/slices/activities'
import type { ActivityEntry } from '../../../core/activities/activity'
import { activityAt } from '../../../core/activities/activity-fixtures'
import { activityGoalRaise, sweatContextOf, sweatLossEstimate } from '../../../core/activities/rehydration'
import { applyLanguage } from '../i18n/apply-language'
import { windowSpeaking } from '../testing/window-language'
import { formatDistance, formatLossRange, lossText, reasoningLines } from './activity-wording'

/** Intl puts no-break spaces between a number and its unit; the tests compare the visible text. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')

/** The activity as the service sends it: its estimate against the given journal, and its goal raise. */
function viewOf(activity: ActivityEntry, journal: readonly ActivityEntry[] = [activity]): ActivityView {
  const estimate = sweatLossEstimate(activity, sweatContextOf(journal))
  return { ...activity, estimate, goalRaiseMl: activityGoalRaise(activity, estimate) }
}

const noEarlier = (): number | undefined => undefined

windowSpeaking('en')

describe('the sweat-loss reasoning', () => {
  const hotHardRun = activityAt('2026-12-01', '07:02', 65, {
    avgHeartRate: 152,
    maxHeartRate: 178,
    avgTemperatureC: 27
  })
  // Heart rate judges effort once five activities have it: four earlier runs, none above this one's 178.
  const earlierRuns = ['11-24', '11-25', '11-26', '11-27'].map((date) =>
    activityAt(`2026-${date}`, '07:00', 40, { avgHeartRate: 140, maxHeartRate: 165 })
  )

  it('explains a hot, hard run judged by heart rate, with the typical rates and the goal it adds', () => {
    const view = viewOf(hotHardRun, [...earlierRuns, hotHardRun])
    expect(plain(lossText(view.estimate, 'ml'))).toBe('You likely lost 1.6–2.2 L')
    expect(reasoningLines(view, 'ml', noEarlier).map(plain)).toEqual([
      'It lasted 65 minutes.',
      'Your average heart rate was 152 of the highest Limber has seen from you, 178: 85%, so it counts as hard.',
      'It was 27°C on average (25°C or more), so the higher sweat rates for heat apply.',
      "Typical sweat rates are 0.5–2 L per hour (ACSM's position stand on exercise and fluid replacement); for this effort Limber uses 1.5–2 L per hour.",
      "Limber adds the middle of that range to the day's goal, about what you sweated: 1,900 ml. Drinks you log during the workout count towards it."
    ])
  })

  it('says in German when the file has neither heart rate nor temperature', () => {
    applyLanguage('de')
    const view = viewOf(activityAt('2026-12-01', '18:00', 45, { sport: 'ride' }))
    expect(plain(lossText(view.estimate, 'ml'))).toBe('Du hast wahrscheinlich 0,6–0,9 l verloren')
    expect(reasoningLines(view, 'ml', noEarlier).map(plain).slice(0, 4)).toEqual([
      'Sie dauerte 45 Minuten.',
      'Die Datei hat keine Herzfrequenz, daher zählt Radfahrt standardmäßig als mittel.',
      'Die Datei hat keine Temperatur, daher gelten die Raten für gemäßigtes Wetter.',
      'Übliche Schweißraten liegen bei 0,5–2 L pro Stunde (Positionspapier des ACSM zu Sport und Flüssigkeitsersatz); für diese Belastung rechnet Limber mit 0,8–1,2 L pro Stunde.'
    ])
  })

  it("uses this activity's own weigh-in as a measurement", () => {
    const weighed = { ...hotHardRun, weighIn: { beforeKg: 70.4, afterKg: 69.6, drankMl: 300 } }
    const view = viewOf(weighed)
    expect(plain(lossText(view.estimate, 'ml'))).toBe('You lost about 1.1 L (measured)')
    expect(reasoningLines(view, 'ml', noEarlier)).toContain(
      'Your weigh-in measured 1.02 L per hour (about 1 L for each kilogram lost, plus what you drank).'
    )
    expect(reasoningLines(view, 'ml', noEarlier).map(plain)).toContain(
      "You weighed 0.8 kg less afterwards; ACSM advises drinking about 1.5 L for each kilogram lost, so Limber adds 1,200 ml to the day's goal."
    )
  })

  it('names the day of the earlier weigh-in whose rate it uses, and a weigh-in that was left out', () => {
    const earlier = activityAt('2026-11-24', '07:00', 60, {
      avgTemperatureC: 26,
      weighIn: { beforeKg: 70, afterKg: 69, drankMl: 200 }
    })
    const impossible = { ...hotHardRun, weighIn: { beforeKg: 70, afterKg: 71, drankMl: 0 } }
    const view = viewOf(impossible, [earlier, impossible])
    const lines = reasoningLines(view, 'ml', (id) => (id === earlier.id ? earlier.startMs : undefined))
    expect(lines).toContain('Your weigh-in was left out: it shows no weight lost once the drink is counted.')
    expect(lines).toContain('Your measured rate from a weigh-in on Tue, Nov 24: 1.2 L per hour, give or take 10%.')
  })
})

describe('distances and ranges', () => {
  it('shows miles to someone who counts in fluid ounces, kilometres otherwise', () => {
    expect(plain(formatDistance(11_200, 'ml'))).toBe('11.2 km')
    expect(plain(formatDistance(11_200, 'floz'))).toBe('7 mi')
  })

  it('keeps the unit once in a range', () => {
    expect(plain(formatLossRange(900, 1300, 'ml'))).toBe('0.9–1.3 L')
    expect(plain(formatLossRange(900, 1300, 'floz'))).toBe('30.4–44 fl oz')
  })
})
