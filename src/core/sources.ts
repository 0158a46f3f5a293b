import type { FactSource } from './routine'

/**
 * Where the app's health facts come from, as /work/shared/CONTENT.md names them; shown on the Sources screen.
 * A url is given only where the address is certain; the rest are cited by organisation and title.
 */
export const factSources: readonly FactSource[] = [
  {
    id: 'hamstring-cramps-article',
    // Our copy of the article carries no publisher, so none is claimed.
    organisation: 'Health article (publisher not named in our copy)',
    title: 'Hamstring Cramps When Bending Your Knee: Causes and Relief'
  },
  {
    id: 'mayo-water',
    organisation: 'Mayo Clinic',
    title: 'Water: how much should you drink every day?',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/nutrition-and-healthy-eating/in-depth/water/art-20044256'
  },
  {
    id: 'nata-fluid-2000',
    organisation: "National Athletic Trainers' Association (NATA)",
    title: 'Position statement on fluid replacement (2000)'
  },
  {
    id: 'nata-fluid-2017',
    organisation: "National Athletic Trainers' Association (NATA)",
    title: 'Position statement on fluid replacement (2017)'
  },
  {
    id: 'acsm-fluid-2007',
    organisation: 'American College of Sports Medicine (ACSM)',
    title: 'Position stand on fluid replacement (2007)'
  },
  {
    id: 'mayo-warm-up-cool-down',
    organisation: 'Mayo Clinic',
    title: 'Aerobic exercise: how to warm up and cool down',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/exercise/art-20045517'
  },
  {
    id: 'nhs-warm-up',
    organisation: 'NHS',
    title: 'Warm-up (Livewell)'
  },
  {
    id: 'running-club-dynamic-warm-up',
    organisation: 'Running club (not an official body)',
    title: 'Dynamic warm-up'
  },
  {
    id: 'acsm-stretching',
    organisation: 'American College of Sports Medicine (ACSM)',
    title: 'Stretching guidance'
  },
  {
    id: 'mayo-stretching',
    organisation: 'Mayo Clinic',
    title: 'Stretching guidance'
  },
  {
    id: 'aaos-cramps',
    organisation: 'American Academy of Orthopaedic Surgeons (AAOS)',
    title: 'Muscle cramps'
  },
  {
    id: 'nhs-nidirect-cramps',
    organisation: 'NHS / nidirect',
    title: 'Leg cramps'
  }
]

const sourcesById = new Map(factSources.map((source) => [source.id, source]))

/** The source with this id, or undefined for an id we do not know. */
export function sourceById(id: string): FactSource | undefined {
  return sourcesById.get(id)
}

const citedUrls = new Set(factSources.flatMap((source) => (source.url?.startsWith('https://') ? [source.url] : [])))

/** Whether `url` is exactly the https address of a cited source: the only pages Limber opens outside itself. */
export function isCitedSourceUrl(url: string): boolean {
  return citedUrls.has(url)
}

/** The first half of the not-medical-advice note: what the guidance is, and when to stop a stretch. */
export const generalGuidance =
  'General guidance, not medical advice. A stretch should feel like mild tightness; stop if anything hurts.'

/** Shown wherever the app gives guidance: it informs, it does not diagnose. */
export const notMedicalAdvice =
  `${generalGuidance} ` +
  'If cramps keep returning, are severe, or come with swelling, numbness or weakness, talk to a doctor or physiotherapist.'

/**
 * One safety note for a routine: its own when-to-see-a-professional note followed by the general guidance, or
 * the whole not-medical-advice note when it has none (so the see-a-professional advice is never said twice).
 */
export function routineSafetyNote(safetyNote: string | undefined): readonly string[] {
  return safetyNote ? [safetyNote, generalGuidance] : [notMedicalAdvice]
}
