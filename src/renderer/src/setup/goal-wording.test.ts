import { describe, expect, it } from 'vitest'
import { suggestDailyGoal } from '../../../core/settings/goal-suggestion'
import { goalReasoning } from './goal-wording'

describe('the reasoning behind a suggested goal', () => {
  it('names the eight-glasses guideline without a body weight', () => {
    expect(goalReasoning(suggestDailyGoal(null), 'ml')).toBe(
      'Based on the general guideline of about eight glasses a day: eight 8-ounce glasses make about 1,900 ml, rounded to 2,000 ml.'
    )
    expect(goalReasoning(suggestDailyGoal(null, 'floz'), 'floz')).toContain('about 64 fl oz, rounded to 68 fl oz')
  })

  it('suggests whole fluid ounces to a fluid-ounce user', () => {
    expect(goalReasoning(suggestDailyGoal(82, 'floz'), 'floz')).toMatch(/rounded to 83 fl oz\.$/)
  })

  it('calls 30 ml per kg a rule of thumb and shows the sum', () => {
    expect(goalReasoning(suggestDailyGoal(82), 'ml')).toBe(
      '30 ml for each kg of body weight, a common rule of thumb, kept between 2 and 3.7 litres: 82 kg × 30 ml is 2,460 ml, rounded to 2,450 ml.'
    )
  })

  it('says when a bound kept the suggestion in range', () => {
    expect(goalReasoning(suggestDailyGoal(50), 'ml')).toContain(
      '1,500 ml, so the suggestion stays at the lower end, 2,000 ml.'
    )
    expect(goalReasoning(suggestDailyGoal(150), 'ml')).toContain(
      '4,500 ml, so the suggestion stays at the upper end, 3,700 ml.'
    )
  })
})
