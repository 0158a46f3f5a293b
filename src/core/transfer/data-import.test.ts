// Local time is the process's time zone: fix it before any Date is made (Node re-reads TZ on assignment).
process.env.TZ = 'Europe/Berlin'

import { describe, expect, it } from 'vitest'
import { exportBundle, exportFiles, type UserData } from './data-export'
import { mergeImport, parseImport } from './data-import'
import {
  customRoutine,
  editedCoolDown,
  emptyData,
  exportedAtMs,
  fixtureData,
  fixtureSettings
} from './data-transfer-fixtures'

const bundle = () => exportBundle(fixtureData(), exportedAtMs)
const validJson = () => exportFiles(bundle()).json

type Node = Record<string | number, unknown>
/** The node at `path` inside parsed JSON (tests only reach where the fixture has data). */
const at = (root: unknown, ...path: (string | number)[]): Node =>
  path.reduce<unknown>((node, key) => (node as Node)[key], root) as Node
/** The fixture export, changed by `edit`, as text. */
function textWith(edit: (root: Node) => void): string {
  const root = JSON.parse(validJson()) as Node
  edit(root)
  return JSON.stringify(root)
}
/** The problems `parseImport` names for `text` (and proof that it refused the file). */
function problemsOf(text: string): readonly string[] {
  const result = parseImport(text)
  if (result.ok) throw new Error('The file was accepted')
  return result.problems
}

describe('parseImport of a valid export', () => {
  it('reads its own export back exactly', () => {
    expect(parseImport(validJson())).toEqual({ ok: true, bundle: bundle() })
  })

  it('accepts a byte-order mark and compact JSON', () => {
    expect(parseImport(`\uFEFF${JSON.stringify(bundle())}`).ok).toBe(true)
  })

  it('fills in disturbedSleep for a cramp logged before the question existed', () => {
    const result = parseImport(textWith((root) => delete at(root, 'journal', 'cramps', 0).disturbedSleep))
    expect(result.ok && result.bundle.journal.cramps[0]?.disturbedSleep).toBe(false)
  })

  it('reads an export made before the language could be chosen as following the system language', () => {
    const result = parseImport(textWith((root) => delete at(root, 'settings').language))
    expect(result.ok && result.bundle.settings).toEqual({ ...fixtureSettings(), language: 'system' })
  })
})

describe('parseImport refuses, naming the problem', () => {
  it.each([
    ['a truncated file', validJson().slice(0, 900), 'This file is not valid JSON (it may be cut short).'],
    ['an empty file', '', 'This file is not valid JSON (it may be cut short).'],
    ['a list', '[]', 'This is not a Limber export.'],
    ['a string', '"limber-export"', 'This is not a Limber export.'],
    ['a number', '42', 'This is not a Limber export.'],
    ['null', 'null', 'This is not a Limber export.'],
    ['another format', textWith((root) => (root.format = 'other-app')), 'This is not a Limber export.'],
    [
      'version 2',
      textWith((root) => (root.version = 2)),
      'This export was made by a newer version of Limber (version 2); update Limber to read it.'
    ],
    [
      'version 0',
      textWith((root) => (root.version = 0)),
      'This export has an unknown version (0); this Limber reads version 1.'
    ],
    [
      'version "1"',
      textWith((root) => (root.version = '1')),
      'This export has an unknown version ("1"); this Limber reads version 1.'
    ],
    [
      'no version',
      textWith((root) => delete root.version),
      'This export has an unknown version (none); this Limber reads version 1.'
    ],
    ['a missing journal', textWith((root) => delete root.journal), 'Missing part: journal'],
    ['a missing hot-day list', textWith((root) => delete root.hotDays), 'Missing part: hotDays'],
    ['water as an object', textWith((root) => (at(root, 'journal').water = {})), 'journal.water: must be a list'],
    [
      'an amount as text',
      textWith((root) => (at(root, 'journal', 'water', 1).amountMl = '500')),
      'journal.water[1].amountMl: must be a number'
    ],
    [
      'an amount too large',
      textWith((root) => (at(root, 'journal', 'water', 0).amountMl = 20_000)),
      'journal.water[0].amountMl: must be at most 3000'
    ],
    [
      'a fractional severity',
      textWith((root) => (at(root, 'journal', 'cramps', 0).severity = 2.5)),
      'journal.cramps[0].severity: must be a whole number'
    ],
    [
      'an unknown leg',
      textWith((root) => (at(root, 'journal', 'cramps', 0).leg = 'middle')),
      'journal.cramps[0].leg: must be one of "left", "right", "both"'
    ],
    [
      'a missing field',
      textWith((root) => delete at(root, 'journal', 'cramps', 0).leg),
      'journal.cramps[0].leg: is missing'
    ],
    [
      'a bad date',
      textWith((root) => (root.hotDays = ['2026-02-30'])),
      'hotDays[0]: must be a date such as 2026-05-01'
    ],
    ['an unknown part', textWith((root) => (root.extra = true)), 'The export has unknown field "extra".'],
    [
      'an unknown field in an entry',
      textWith((root) => (at(root, 'journal', 'water', 0).colour = 'blue')),
      'journal.water[0]: unknown field "colour"'
    ],
    [
      'an id used twice',
      textWith((root) => (at(root, 'journal', 'water', 2).id = 'drink-1')),
      'journal.water[2].id: "drink-1" is also used by journal.water[0]'
    ],
    [
      'a day listed twice',
      textWith((root) => (at(root, 'journal').days as unknown[]).push(at(root, 'journal', 'days', 0))),
      'journal.days[1].date: "2026-03-01" is also used by journal.days[0]'
    ],
    [
      'a custom routine with a built-in id',
      textWith((root) => (at(root, 'routines', 'custom', 0).id = 'warm-up')),
      'routines.custom[0].id: "warm-up" is a built-in routine'
    ],
    [
      'settings that break a rule',
      textWith((root) => (at(root, 'settings', 'activeHours', 'mon').end = '08:00')),
      'settings.activeHours.mon.end: The end must differ from the start (an end before the start runs past midnight)'
    ]
  ])('%s', (_name, text, problem) => {
    expect(problemsOf(text)).toContain(problem)
  })

  it('refuses a whole file for one bad entry among good ones', () => {
    expect(problemsOf(textWith((root) => (at(root, 'journal', 'water', 2).loggedAtMs = -1)))).toEqual([
      'journal.water[2].loggedAtMs: must be at least 0'
    ])
  })

  it('lists ten problems and counts the rest', () => {
    const water = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, loggedAtMs: i, amountMl: 0 }))
    const problems = problemsOf(textWith((root) => (at(root, 'journal').water = water)))
    expect(problems).toHaveLength(11)
    expect(problems[0]).toBe('journal.water[0].amountMl: must be at least 1')
    expect(problems[10]).toBe('…and 20 more')
  })
})

describe('parseImport of hostile input', () => {
  it('refuses a file over the size limit before parsing it', () => {
    expect(problemsOf(' '.repeat(25_000_000))).toEqual([
      'This file is too large to be a Limber export (25.0 MB; the limit is 20 MB).'
    ])
  })

  it('stops a huge string with the field’s length limit', () => {
    const text = textWith((root) => (at(root, 'routines', 'custom', 0).name = 'x'.repeat(100_000)))
    expect(problemsOf(text)).toEqual(['routines.custom[0].name: is too long (at most 80 characters)'])
  })

  it('refuses a __proto__ key inside an entry without polluting Object.prototype', () => {
    const text = validJson().replace('"amountMl": 250', '"amountMl": 250, "__proto__": {"polluted": true}')
    expect(problemsOf(text)).toEqual([
      'This file has a field named "__proto__", which no Limber export has; it was refused.'
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('sees a __proto__ key however it is escaped', () => {
    const text = validJson().replace('"amountMl": 250', '"amountMl": 250, "\\u005f_proto__": {"polluted": true}')
    expect(problemsOf(text)[0]).toContain('"__proto__"')
  })

  it('refuses constructor and prototype keys', () => {
    const text = validJson().replace('"leg": "left"', '"leg": "left", "constructor": {"prototype": {"polluted": 1}}')
    expect(problemsOf(text)).toEqual([
      'This file has a field named "prototype", which no Limber export has; it was refused.',
      'This file has a field named "constructor", which no Limber export has; it was refused.'
    ])
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('refuses absurd nesting without throwing', () => {
    expect(problemsOf(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toEqual([
      'This file is nested too deeply to be a Limber export.'
    ])
  })

  it('shortens a long unknown key in its message', () => {
    const [problem] = problemsOf(textWith((root) => (root['k'.repeat(10_000)] = 1)))
    expect(problem?.length).toBeLessThan(80)
  })
})

const addedNone = {
  water: 0,
  routines: 0,
  reminders: 0,
  cramps: 0,
  days: 0,
  checkIns: 0,
  activities: 0,
  customRoutines: 0,
  hotDays: 0
}

describe('mergeImport', () => {
  it('adds everything to an empty state, and exporting it again gives the same export', () => {
    const merged = mergeImport(emptyData(), bundle(), { restoreSettings: true })
    expect(merged.report).toEqual({
      added: {
        water: 3,
        routines: 1,
        reminders: 1,
        cramps: 1,
        days: 1,
        checkIns: 1,
        activities: 1,
        customRoutines: 2,
        hotDays: 2
      },
      alreadyThere: 0,
      keptExisting: 0,
      settingsRestored: true,
      settingsChanges: [
        { field: 'dailyGoalMl', current: 2000, incoming: 2500 },
        { field: 'workouts', current: [], incoming: fixtureSettings().workouts }
      ]
    })
    expect(exportBundle(merged, exportedAtMs + 1)).toEqual({ ...bundle(), exportedAtMs: exportedAtMs + 1 })
  })

  it('recognises an activity by its file hash, whatever id another computer gave it', () => {
    const once = mergeImport(emptyData(), bundle(), { restoreSettings: false })
    const other = bundle()
    const renamed = {
      ...other,
      journal: { ...other.journal, activities: [{ ...other.journal.activities[0]!, id: 'x-9' }] }
    }
    const twice = mergeImport(once, renamed, { restoreSettings: false })
    expect(twice.report.added.activities).toBe(0)
    expect(twice.report.keptExisting).toBe(1)
    expect(twice.journal.activities.map((activity) => activity.id)).toEqual(['activity-1'])
  })

  it('adds nothing the second time', () => {
    const once = mergeImport(emptyData(), bundle(), { restoreSettings: true })
    const twice = mergeImport(once, bundle(), { restoreSettings: false })
    expect(twice.report).toEqual({
      added: addedNone,
      alreadyThere: 11,
      keptExisting: 0,
      settingsRestored: false,
      settingsChanges: []
    })
    const { report: _a, ...first } = once
    const { report: _b, ...second } = twice
    expect(second).toEqual(first)
  })

  it('keeps the current entry when an id is used for something else, and adds only new ids', () => {
    const data = fixtureData()
    const current: UserData = {
      ...emptyData(),
      journal: { ...emptyData().journal, water: [{ id: 'drink-1', loggedAtMs: 5, amountMl: 100 }] },
      routines: { custom: [{ ...customRoutine, name: 'Mine' }], builtInEdits: [] }
    }
    const merged = mergeImport(current, exportBundle(data, exportedAtMs), { restoreSettings: false })
    expect(merged.journal.water.map((drink) => [drink.id, drink.amountMl])).toEqual([
      ['drink-1', 100],
      ['drink-2', 500],
      ['drink-3', 330]
    ])
    expect(merged.routines.custom).toEqual([{ ...customRoutine, name: 'Mine' }])
    expect(merged.routines.builtInEdits).toEqual([editedCoolDown()])
    expect(merged.report).toMatchObject({ alreadyThere: 0, keptExisting: 2, settingsRestored: false })
    expect(merged.report.added).toMatchObject({ water: 2, customRoutines: 1 })
    expect(merged.settings).toEqual(emptyData().settings)
  })

  it('names the settings the file would change even when they are kept, leaving out where setup stands', () => {
    const current: UserData = { ...emptyData(), settings: { ...emptyData().settings, setupCompleted: true } }
    const merged = mergeImport(
      current,
      { ...bundle(), settings: { ...fixtureSettings(), glassMl: 300 } },
      {
        restoreSettings: false
      }
    )
    expect(merged.settings).toEqual(current.settings)
    expect(merged.report.settingsChanges.map((change) => change.field)).toEqual(['dailyGoalMl', 'glassMl', 'workouts'])
    expect(merged.report.settingsChanges[1]).toEqual({ field: 'glassMl', current: 250, incoming: 300 })
  })

  it('keeps the user’s own edit of a built-in routine', () => {
    const ownEdit = { ...editedCoolDown(), name: 'My cool-down' }
    const current = { ...emptyData(), routines: { custom: [], builtInEdits: [ownEdit] } }
    const merged = mergeImport(current, bundle(), { restoreSettings: false })
    expect(merged.routines.builtInEdits).toEqual([ownEdit])
    expect(merged.report.keptExisting).toBe(1)
  })

  it('keeps the lists sorted as the journal keeps them', () => {
    const later = { id: 'later', loggedAtMs: exportedAtMs, amountMl: 200 }
    const laterDay = { ...fixtureData().journal.days[0]!, date: '2026-06-01' }
    const current = { ...emptyData(), journal: { ...emptyData().journal, water: [later], days: [laterDay] } }
    const merged = mergeImport(current, bundle(), { restoreSettings: false })
    expect(merged.journal.water.map((drink) => drink.id)).toEqual(['drink-1', 'drink-2', 'drink-3', 'later'])
    expect(merged.journal.days.map((day) => day.date)).toEqual(['2026-03-01', '2026-06-01'])
  })

  it('keeps a daily total beside drinks of the same date (history adds them)', () => {
    const drink = { id: 'today', loggedAtMs: Date.UTC(2026, 2, 1, 9), amountMl: 400 }
    const current = { ...emptyData(), journal: { ...emptyData().journal, water: [drink] } }
    const merged = mergeImport(current, bundle(), { restoreSettings: false })
    expect(merged.journal.days.map((day) => day.date)).toEqual(['2026-03-01'])
    expect(merged.journal.water[0]).toEqual(drink)
  })

  it('unites hot days and seen warnings', () => {
    const current = {
      ...emptyData(),
      hotDays: ['2026-07-02', '2026-08-01'],
      journal: { ...emptyData().journal, acknowledgedWarnings: ['other', 'cramp-with-swelling:cramp-1'] }
    }
    const merged = mergeImport(current, bundle(), { restoreSettings: false })
    expect(merged.hotDays).toEqual(['2026-03-10', '2026-07-02', '2026-08-01'])
    expect(merged.report.added.hotDays).toBe(1)
    expect(merged.journal.acknowledgedWarnings).toEqual(['other', 'cramp-with-swelling:cramp-1'])
  })
})
