import { describe, expect, it } from 'vitest'
import { defaultSettings } from './settings'
import { settingsLimits } from './settings-limits'
import { bodyWeightGoalMaxMl, bodyWeightGoalMinMl, guidelineMl, suggestDailyGoal } from './goal-suggestion'

describe('suggesting a daily goal', () => {
  it('uses the eight-glasses guideline, rounded to the default 2000 ml, without a body weight', () => {
    const suggestion = suggestDailyGoal(null)
    expect(suggestion).toEqual({ basis: 'guideline', goalMl: 2000, glasses: 8, glassFlOz: 8, guidelineMl: 1893 })
    expect(guidelineMl).toBeGreaterThan(1850)
    expect(guidelineMl).toBeLessThan(1950)
    expect(suggestion.goalMl).toBe(defaultSettings().dailyGoalMl)
  })

  it('treats a weight that is not a positive number as no weight', () => {
    for (const weight of [0, -70, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(suggestDailyGoal(weight).basis).toBe('guideline')
    }
  })

  it('gives 30 ml for each kilogram inside the bounds', () => {
    expect(suggestDailyGoal(80)).toEqual({
      basis: 'body-weight',
      goalMl: 2400,
      bodyWeightKg: 80,
      mlPerKg: 30,
      rawMl: 2400,
      minMl: 2000,
      maxMl: 3700,
      clamped: null
    })
  })

  it('rounds to the nearest 50 ml', () => {
    expect(suggestDailyGoal(82).goalMl).toBe(2450) // 2460
    expect(suggestDailyGoal(81.5).goalMl).toBe(2450) // 2445
    expect(suggestDailyGoal(80.8).goalMl).toBe(2400) // 2424
    expect(suggestDailyGoal(80.9).goalMl).toBe(2450) // 2427
    expect(suggestDailyGoal(100.85).goalMl).toBe(3050) // 3025.5
  })

  it('never goes below the guideline goal for a light body', () => {
    const suggestion = suggestDailyGoal(50)
    expect(suggestion).toMatchObject({ goalMl: bodyWeightGoalMinMl, rawMl: 1500, clamped: 'min' })
    expect(suggestDailyGoal(66.6)).toMatchObject({ goalMl: 2000, clamped: null })
    expect(suggestDailyGoal(25).goalMl).toBe(2000)
  })

  it('never goes above the Mayo Clinic upper reference for a heavy body', () => {
    expect(suggestDailyGoal(150)).toMatchObject({ goalMl: bodyWeightGoalMaxMl, rawMl: 4500, clamped: 'max' })
    expect(suggestDailyGoal(123.3)).toMatchObject({ goalMl: 3700, clamped: null })
    expect(suggestDailyGoal(124)).toMatchObject({ goalMl: 3700, rawMl: 3720, clamped: null })
    expect(suggestDailyGoal(125)).toMatchObject({ goalMl: 3700, rawMl: 3750, clamped: 'max' })
  })

  it('stays within the settings limits for every body weight the settings accept', () => {
    const { min, max } = settingsLimits.bodyWeightKg
    for (let weight = min; weight <= max; weight += 0.5) {
      const { goalMl } = suggestDailyGoal(weight)
      expect(goalMl).toBeGreaterThanOrEqual(settingsLimits.dailyGoalMl.min)
      expect(goalMl).toBeLessThanOrEqual(settingsLimits.dailyGoalMl.max)
      expect(goalMl % 50).toBe(0)
    }
  })
})
