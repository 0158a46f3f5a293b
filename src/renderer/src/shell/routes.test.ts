import { describe, expect, it, vi } from 'vitest'
import { routeHref } from './navigation'
import { routeFromHash } from './routes'

// Today is the one screen routes.ts loads eagerly; its state module needs a window, which these tests do not.
vi.mock('../today/today-screen', () => ({ TodayScreen: () => null }))

describe('hash routes', () => {
  it('finds screens by address, with the editor’s routine id as a parameter', () => {
    expect(routeFromHash('#/routines').route.id).toBe('routines')
    expect(routeFromHash('#/player').route.id).toBe('player')
    expect(routeFromHash('#/reminders').route.id).toBe('reminders')
    expect(routeFromHash('#/cramp').route.id).toBe('cramp')
    expect(routeFromHash('#/history').route.id).toBe('history')
    expect(routeFromHash('#/prevention').route.id).toBe('prevention')
    // The "I have a cramp" flow hands the log the time relief started.
    expect(routeFromHash('#/cramp/at/1764068400000')).toMatchObject({
      route: { id: 'cramp/at' },
      param: '1764068400000'
    })
    expect(routeFromHash('#/routines/edit/warm-up')).toMatchObject({ route: { id: 'routines/edit' }, param: 'warm-up' })
    expect(routeFromHash('#/routines/copy/custom-abc')).toMatchObject({
      route: { id: 'routines/copy' },
      param: 'custom-abc'
    })
  })

  it('falls back to Today for unknown or malformed addresses', () => {
    expect(routeFromHash('').route.id).toBe('today')
    expect(routeFromHash('#/nowhere').route.id).toBe('today')
    expect(routeFromHash('#/routines/edit/').route.id).toBe('today')
    expect(routeFromHash('#/routines/edit/a/b').route.id).toBe('today')
  })

  it('writes addresses the router reads back', () => {
    expect(routeHref('routines/edit', 'warm-up')).toBe('#/routines/edit/warm-up')
    expect(routeFromHash(routeHref('mini')).route.chrome).toBe(false)
    expect(routeFromHash(routeHref('widget')).route.chrome).toBe(false)
  })

  it('marks no navigation entry current during the first-run setup', () => {
    const { route } = routeFromHash('#/setup')
    expect(route.id).toBe('setup')
    expect(route.section).toBeUndefined()
    expect(routeFromHash('#/player').route.section).toBe('routines')
  })
})
