import { z } from 'zod'
import {
  crampContexts,
  crampLegs,
  crampLimits,
  crampLocations,
  crampSymptoms,
  type CrampEntry,
  type CrampReport
} from './cramps'

/** A cramp report from the window or the tray (the service also checks it is not in the future). */
export const CrampReportSchema = z
  .object({
    startedAtMs: z.number().int().nonnegative(),
    leg: z.enum(crampLegs),
    location: z.enum(crampLocations),
    severity: z.number().int().min(crampLimits.severity.min).max(crampLimits.severity.max),
    durationMinutes: z.number().min(crampLimits.durationMinutes.min).max(crampLimits.durationMinutes.max),
    context: z.enum(crampContexts),
    symptoms: z.array(z.enum(crampSymptoms)).max(crampSymptoms.length),
    // Cramps logged before this question existed did not say.
    disturbedSleep: z.boolean().default(false)
  })
  .strict() satisfies z.ZodType<CrampReport>

/** A logged cramp as the journal keeps it. */
export const CrampEntrySchema = CrampReportSchema.extend({
  id: z.string().min(1).max(64),
  loggedAtMs: z.number().int().nonnegative()
}).strict() satisfies z.ZodType<CrampEntry>
