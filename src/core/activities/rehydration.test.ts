process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { activityAt } from './activity-fixtures'
import { activityIntensity, personalMaxHeartRate } from './intensity'
import {
  activitiesRaise,
  goalRaise,
  measuredSweatRate,
  sweatContextOf,
  sweatLossEstimate,
  sweatRates,
  activityGoalRaise
} from './rehydration'
import { sourceById } from '../health/sources'

const day = '2026-06-15'
const hourRun = (changes = {}) => activityAt(day, '07:00', 60, changes)

// Five recorded activities with heart rate: enough for the highest of them to stand in for a maximum.
const history = ['01', '02', '03', '04', '05'].map((d, i) =>
  activityAt(`2026-06-${d}`, '07:00', 60, { avgHeartRate: 140, maxHeartRate: i === 0 ? 200 : 170 })
)
describe('intensity', () => {
  it('reads heart rate against the highest the person reached: 77 % is high, 64 % moderate, below that low', () => {
    const level = (avgHeartRate: number) =>
      activityIntensity({ sport: 'run', avgHeartRate }, personalMaxHeartRate(history))
    expect(level(154)).toMatchObject({ level: 'high', basis: 'heart-rate', share: 0.77, personalMaxHeartRate: 200 })
    expect(level(153).level).toBe('moderate')
    expect(level(128).level).toBe('moderate')
    expect(level(127).level).toBe('low')
  })
  it('falls back to the sport when there is no heart rate', () => {
    expect(activityIntensity({ sport: 'walk' }, 190)).toEqual({
      level: 'low',
      basis: 'sport-default',
      sport: 'walk',
      reason: 'no-heart-rate'
    })
    expect(personalMaxHeartRate([hourRun()])).toBeUndefined()
  })
  it('needs five activities with heart rate before the highest stands in for a maximum', () => {
    // One easy run's own peak is not a maximum: with four recordings the sport's default holds.
    expect(personalMaxHeartRate(history.slice(0, 4))).toBeUndefined()
    expect(personalMaxHeartRate(history)).toBe(200)
    const easy = hourRun({ avgHeartRate: 140, maxHeartRate: 149 })
    expect(activityIntensity(easy, personalMaxHeartRate([easy]))).toMatchObject({
      level: 'moderate',
      basis: 'sport-default',
      reason: 'too-few-recordings'
    })
  })
})

describe('sweat loss estimate', () => {
  it('gives a 65-minute run with no heart rate or temperature the moderate typical range, with its reasoning', () => {
    const estimate = sweatLossEstimate(activityAt(day, '07:02', 65), sweatContextOf([]))
    expect(estimate).toEqual({
      lowMl: 867,
      highMl: 1300,
      reasoning: {
        hours: 1.08,
        intensity: { level: 'moderate', basis: 'sport-default', sport: 'run', reason: 'no-heart-rate' },
        heat: { avgTemperatureC: null, hot: false },
        rate: { basis: 'typical', lowLitresPerHour: 0.8, highLitresPerHour: 1.2 },
        sourceId: 'acsm-fluid-2007'
      }
    })
    expect(sourceById(estimate.reasoning.sourceId)?.url).toBe('https://doi.org/10.1249/mss.0b013e31802ca597')
  })

  it('raises the rate from 25 °C, not at 24.9 °C', () => {
    const at = (avgTemperatureC: number) => sweatLossEstimate(hourRun({ avgTemperatureC }), sweatContextOf([]))
    expect([at(24.9).lowMl, at(24.9).highMl, at(24.9).reasoning.heat.hot]).toEqual([800, 1200, false])
    expect([at(25).lowMl, at(25).highMl, at(25).reasoning.heat.hot]).toEqual([1000, 1500, true])
  })

  it('uses the high-intensity rates for a hard run by heart rate, and stays within ACSM’s 0.5–2 L/h', () => {
    const hard = hourRun({ avgHeartRate: 170, maxHeartRate: 185, avgTemperatureC: 30 })
    const estimate = sweatLossEstimate(hard, sweatContextOf([...history, hard]))
    expect([estimate.lowMl, estimate.highMl]).toEqual([1500, 2000])
    const all = Object.values(sweatRates.litresPerHour).flatMap((byLevel) => Object.values(byLevel).flat())
    expect(Math.min(...all)).toBe(0.5)
    expect(Math.max(...all)).toBe(2)
  })

  it("turns the activity's own weigh-in into the measured loss", () => {
    const weighed = hourRun({ weighIn: { beforeKg: 70.4, afterKg: 69.6, drankMl: 250 } })
    const estimate = sweatLossEstimate(weighed, sweatContextOf([weighed]))
    expect([estimate.lowMl, estimate.highMl]).toEqual([1050, 1050])
    expect(estimate.reasoning.rate).toEqual({
      basis: 'measured',
      litresPerHour: 1.05,
      fromActivityId: weighed.id,
      own: true
    })
  })

  it('uses the rate measured in a similar earlier workout (same sport, within 5 °C) instead of the typical range', () => {
    const earlier = activityAt('2026-06-01', '07:00', 60, {
      avgTemperatureC: 20,
      weighIn: { beforeKg: 70.4, afterKg: 69.6, drankMl: 250 }
    })
    const estimateFor = (changes: object) =>
      sweatLossEstimate(activityAt(day, '07:00', 120, changes), sweatContextOf([earlier]))
    const similar = estimateFor({ avgTemperatureC: 25 })
    expect([similar.lowMl, similar.highMl]).toEqual([1890, 2310])
    expect(similar.reasoning.rate).toEqual({
      basis: 'measured',
      litresPerHour: 1.05,
      fromActivityId: earlier.id,
      own: false
    })
    expect(estimateFor({ avgTemperatureC: 25.1 }).reasoning.rate.basis).toBe('typical')
    expect(estimateFor({ avgTemperatureC: 20, sport: 'ride' }).reasoning.rate.basis).toBe('typical')
  })

  it('skips a similar weigh-in with an impossible rate for the latest plausible one', () => {
    const older = activityAt('2026-06-01', '07:00', 60, { weighIn: { beforeKg: 70.4, afterKg: 69.6, drankMl: 250 } })
    const impossible = activityAt('2026-06-08', '07:00', 60, { weighIn: { beforeKg: 70, afterKg: 72, drankMl: 0 } })
    const estimate = sweatLossEstimate(hourRun(), sweatContextOf([impossible, older]))
    expect(estimate.reasoning.rate).toMatchObject({ basis: 'measured', fromActivityId: older.id, litresPerHour: 1.05 })
    // A weigh-in after this activity is not earlier: it does not count.
    expect(sweatLossEstimate(activityAt('2026-05-30', '07:00', 60), sweatContextOf([older])).reasoning.rate.basis).toBe(
      'typical'
    )
  })

  it('ignores a refused weigh-in of its own and says why', () => {
    const gained = hourRun({ weighIn: { beforeKg: 70, afterKg: 71, drankMl: 500 } })
    const estimate = sweatLossEstimate(gained, sweatContextOf([gained]))
    expect(estimate.reasoning.weighInRefused).toBe('weight-gained')
    expect(estimate.reasoning.rate.basis).toBe('typical')
  })
})

describe('measured sweat rate', () => {
  it('is the weight lost (1 kg ≈ 1 L) plus what was drunk, per hour', () => {
    const weighIn = { beforeKg: 70.4, afterKg: 69.6, drankMl: 250 }
    expect(measuredSweatRate(weighIn, hourRun())).toEqual({ ok: true, lossMl: 1050, litresPerHour: 1.05 })
    expect(measuredSweatRate(weighIn, activityAt(day, '07:00', 30))).toEqual({
      ok: true,
      lossMl: 1050,
      litresPerHour: 2.1
    })
  })
  it('refuses a gain and a rate above 4 L per hour, accepting the edges', () => {
    expect(measuredSweatRate({ beforeKg: 70, afterKg: 70.6, drankMl: 500 }, hourRun())).toEqual({
      ok: false,
      reason: 'weight-gained'
    })
    expect(measuredSweatRate({ beforeKg: 70, afterKg: 70.5, drankMl: 500 }, hourRun())).toEqual({
      ok: true,
      lossMl: 0,
      litresPerHour: 0
    })
    expect(measuredSweatRate({ beforeKg: 74, afterKg: 70, drankMl: 0 }, hourRun())).toMatchObject({ ok: true })
    expect(measuredSweatRate({ beforeKg: 74, afterKg: 70, drankMl: 10 }, hourRun())).toEqual({
      ok: false,
      reason: 'rate-too-high'
    })
  })
})

describe('goal raise', () => {
  it('is the middle of the range (what was most likely sweated), rounded to 50 ml', () => {
    expect(goalRaise({ lowMl: 867, highMl: 1300 })).toBe(1100)
    expect(goalRaise({ lowMl: 1050, highMl: 1050 })).toBe(1050)
    expect(goalRaise({ lowMl: 0, highMl: 0 })).toBe(0)
  })

  it("follows ACSM's 1.5 L for each kilogram lost when the activity has its own weigh-in", () => {
    const weighed = hourRun({ weighIn: { beforeKg: 70.4, afterKg: 69.6, drankMl: 250 } })
    const estimate = sweatLossEstimate(weighed, sweatContextOf([weighed]))
    // 0.8 kg lost: 1.2 L, whatever was drunk during it (that is logged already).
    expect(activityGoalRaise(weighed, estimate)).toBe(1200)
    expect(activitiesRaise(day, [weighed]).totalMl).toBe(1200)
    // Without a weigh-in of its own: the middle of the estimate.
    const plain = hourRun()
    expect(activityGoalRaise(plain, sweatLossEstimate(plain, sweatContextOf([plain])))).toBe(1000)
  })

  it('adds up the activities that ended that day, including one that ran past midnight into it', () => {
    const morning = activityAt(day, '07:00', 60)
    const evening = activityAt(day, '18:00', 30, { sport: 'walk' })
    const lateYesterday = activityAt('2026-06-14', '23:30', 60)
    const tomorrow = activityAt('2026-06-16', '07:00', 60)
    const raise = activitiesRaise(day, [tomorrow, evening, lateYesterday, morning])
    expect(raise.activities.map((part) => [part.activityId, part.raiseMl])).toEqual([
      [lateYesterday.id, 1000],
      [morning.id, 1000],
      [evening.id, 350]
    ])
    expect(raise.totalMl).toBe(2350)
    expect(activitiesRaise('2026-06-13', [morning])).toEqual({ totalMl: 0, activities: [] })
  })
})
