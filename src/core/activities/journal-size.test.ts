process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { ActivityEntry } from './activity'
import { fiveYearsOfActivities } from './activity-fixtures'

describe('the journal stays small', () => {
  it('keeps five years of daily activities, every field filled in, under 1 MB as the journal writes them', () => {
    const activities = fiveYearsOfActivities()
    expect(activities).toHaveLength(1826)
    // Each is a valid journal entry with all the summary a watch file gives (the bench reuses them).
    expect(activities.filter((activity) => !ActivityEntry.safeParse(activity).success)).toEqual([])
    expect(activities.every((a) => a.avgHeartRate && a.maxTemperatureC && a.distanceM && a.movingMs)).toBe(true)
    expect(new Set(activities.map((a) => a.id)).size).toBe(1826)
    expect(new Set(activities.map((a) => a.hash)).size).toBe(1826)
    // The journal is written compact (journalDocument.compactOnDisk), as UTF-8.
    const bytes = new TextEncoder().encode(JSON.stringify({ activities })).length
    expect(bytes).toBeLessThan(1024 * 1024)
    expect(bytes).toBeGreaterThan(1826 * 300)
  })
})
