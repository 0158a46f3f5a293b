import type { FactSource } from '../routines/routine'
import { translator } from '../text/catalogue'
import english from '../text/routines.en.json' with { type: 'json' }

/**
 * Where the app's health facts come from (/work/shared/CONTENT.md): pages of named health organisations and
 * peer-reviewed papers, each with an https address; shown on the Sources screen and next to the guidance.
 * A move that no such source describes cites `commonPractice` instead of a weaker source.
 */
export const factSources: readonly FactSource[] = [
  {
    id: 'mayo-muscle-cramp',
    organisation: 'Mayo Clinic',
    title: 'Muscle cramp: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820'
  },
  {
    id: 'nhs-leg-cramps',
    organisation: 'NHS',
    title: 'Leg cramps',
    url: 'https://www.nhs.uk/conditions/leg-cramps/'
  },
  {
    id: 'nidirect-leg-cramps',
    organisation: 'nidirect (Northern Ireland government)',
    title: 'Leg cramps',
    url: 'https://www.nidirect.gov.uk/conditions/leg-cramps'
  },
  {
    id: 'aaos-cramps',
    organisation: 'American Academy of Orthopaedic Surgeons (AAOS), OrthoInfo',
    title: 'Muscle cramps',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/muscle-cramps/'
  },
  {
    id: 'mayo-water',
    organisation: 'Mayo Clinic',
    title: 'Water: How much should you drink every day?',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/nutrition-and-healthy-eating/in-depth/water/art-20044256'
  },
  {
    id: 'nata-fluid-2000',
    organisation: "National Athletic Trainers' Association (NATA)",
    title: 'Position statement: fluid replacement for athletes (Casa et al.)',
    journal: 'Journal of Athletic Training, 2000; 35(2): 212–224',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1323420/'
  },
  {
    id: 'nata-fluid-2017',
    organisation: "National Athletic Trainers' Association (NATA)",
    title: 'Position statement: fluid replacement for the physically active (McDermott et al.)',
    journal: 'Journal of Athletic Training, 2017; 52(9): 877–895',
    url: 'https://doi.org/10.4085/1062-6050-52.9.02'
  },
  {
    id: 'acsm-fluid-2007',
    organisation: 'American College of Sports Medicine (ACSM)',
    title: 'Position stand: exercise and fluid replacement (Sawka et al.)',
    journal: 'Medicine & Science in Sports & Exercise, 2007; 39(2): 377–390',
    url: 'https://doi.org/10.1249/mss.0b013e31802ca597'
  },
  {
    id: 'schwellnus-cramps-2011',
    organisation: 'British Journal of Sports Medicine (BMJ)',
    title:
      'Increased running speed and previous cramps rather than dehydration or serum sodium changes predict exercise-associated muscle cramping (Schwellnus, Drew, Collins)',
    journal: 'British Journal of Sports Medicine, 2011; 45(8): 650–656',
    url: 'https://doi.org/10.1136/bjsm.2010.078535'
  },
  {
    id: 'mayo-warm-up-cool-down',
    organisation: 'Mayo Clinic',
    title: 'Aerobic exercise: How to warm up and cool down',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/exercise/art-20045517'
  },
  {
    id: 'nhs-warm-up',
    organisation: 'NHS',
    title: 'How to warm up before exercising',
    url: 'https://www.nhs.uk/live-well/exercise/how-to-warm-up-before-exercising/'
  },
  {
    id: 'nhs-inform-warm-up',
    organisation: 'NHS inform (NHS Scotland)',
    title: 'Warm-up and cool-down',
    url: 'https://www.nhsinform.scot/healthy-living/keeping-active/before-and-after-exercise/warm-up-and-cool-down/'
  },
  {
    id: 'acsm-stretching',
    organisation: 'American College of Sports Medicine (ACSM)',
    title: 'Position stand: quantity and quality of exercise for healthy adults, flexibility (Garber et al.)',
    journal: 'Medicine & Science in Sports & Exercise, 2011; 43(7): 1334–1359',
    url: 'https://doi.org/10.1249/MSS.0b013e318213fefb'
  },
  {
    id: 'mayo-stretching',
    organisation: 'Mayo Clinic',
    title: 'Stretching: Focus on your flexibility',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/stretching/art-20047931'
  },
  {
    id: 'nih-potassium',
    organisation: 'National Institutes of Health, Office of Dietary Supplements (NIH ODS)',
    title: 'Potassium: Fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/Potassium-HealthProfessional/'
  },
  {
    id: 'nih-magnesium',
    organisation: 'National Institutes of Health, Office of Dietary Supplements (NIH ODS)',
    title: 'Magnesium: Fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/'
  }
]

/**
 * Cited, in place of a source, by a move that no organisation or paper above describes (leg swings, butt kicks,
 * foam rolling): the app says it is common coaching practice rather than naming a weaker source.
 */
export const commonPractice = 'common-practice'

/**
 * Sources earlier versions cited and their replacements, so routines saved then still cite current ones:
 * an unattributed copy of an article (its facts are now cited from Mayo Clinic, the NHS and AAOS), a running
 * club (its moves are common practice, or cited from NHS inform), and the NHS and nidirect as one entry.
 */
export const retiredSourceIds: Readonly<Record<string, readonly string[]>> = {
  'hamstring-cramps-article': [],
  'running-club-dynamic-warm-up': [commonPractice],
  'nhs-nidirect-cramps': ['nhs-leg-cramps', 'nidirect-leg-cramps']
}

const sourcesById = new Map(factSources.map((source) => [source.id, source]))

/** The source with this id, or undefined for an id we do not know. */
export function sourceById(id: string): FactSource | undefined {
  return sourcesById.get(id)
}

const citedUrls = new Set(factSources.flatMap((source) => (source.url.startsWith('https://') ? [source.url] : [])))

/** Whether `url` is exactly the https address of a cited source: the only pages Limber opens outside itself. */
export function isCitedSourceUrl(url: string): boolean {
  return citedUrls.has(url)
}

/** The first half of the not-medical-advice note: what the guidance is, and when to stop a stretch. */
export const generalGuidance = english.safetyNote.general

/** Shown wherever the app gives guidance: it informs, it does not diagnose. */
export const notMedicalAdvice = `${generalGuidance} ${english.safetyNote.seeAProfessional}`

/**
 * One safety note for a routine: its own when-to-see-a-professional note followed by the general guidance, or
 * the whole not-medical-advice note when it has none (so the see-a-professional advice is never said twice).
 * In `locale`'s words (English when not given).
 */
export function routineSafetyNote(safetyNote: string | undefined, locale?: string): readonly string[] {
  const t = translator(locale)
  const general = t('routines.safetyNote.general')
  return safetyNote ? [safetyNote, general] : [`${general} ${t('routines.safetyNote.seeAProfessional')}`]
}
