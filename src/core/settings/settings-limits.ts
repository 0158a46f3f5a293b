/** Bounds for every numeric setting; shared by the schema and the form hints (kept free of zod). */
export const settingsLimits = {
  dailyGoalMl: { min: 500, max: 8000 },
  glassMl: { min: 50, max: 1000 },
  bottleMl: { min: 100, max: 2000 },
  bodyWeightKg: { min: 25, max: 300 },
  customAmountMl: { min: 1, max: 3000 },
  getReadySeconds: { min: 0, max: 30 },
  cueVolumePercent: { min: 0, max: 100 }
} as const

/** `HH:MM` on a 24-hour clock. */
export const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/
