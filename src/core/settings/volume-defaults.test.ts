import { describe, expect, it } from 'vitest'
import { fromMillilitres } from './units'
import { volumeAfterUnitSwitch, volumeDefaults } from './volume-defaults'

describe('US amounts for fluid-ounce users', () => {
  it('are round in fluid ounces: an 8 fl oz glass, a 16.9 fl oz bottle and a goal in whole fl oz', () => {
    const { dailyGoalMl, glassMl, bottleMl } = volumeDefaults.floz
    expect(Math.round(fromMillilitres(glassMl, 'floz') * 10) / 10).toBe(8)
    expect(Math.round(fromMillilitres(bottleMl, 'floz') * 10) / 10).toBe(16.9)
    expect(Math.round(fromMillilitres(dailyGoalMl, 'floz') * 10) / 10).toBe(68)
  })

  it('replace the metric defaults on a switch to fl oz, and go back on a switch to ml', () => {
    expect(volumeAfterUnitSwitch('glassMl', 250, 'ml', 'floz')).toBe(volumeDefaults.floz.glassMl)
    expect(volumeAfterUnitSwitch('dailyGoalMl', 2000, 'ml', 'floz')).toBe(volumeDefaults.floz.dailyGoalMl)
    expect(volumeAfterUnitSwitch('glassMl', volumeDefaults.floz.glassMl, 'floz', 'ml')).toBe(250)
  })

  it('leave an amount the person chose as it is', () => {
    expect(volumeAfterUnitSwitch('glassMl', 300, 'ml', 'floz')).toBe(300)
    expect(volumeAfterUnitSwitch('dailyGoalMl', 2400, 'ml', 'floz')).toBe(2400)
  })
})
