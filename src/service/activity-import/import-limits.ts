/** Size limits for activity files and archives: one place, so the UI can quote them and tests can lower them. */
export interface ActivityImportLimits {
  /** The largest single activity file (FIT, GPX or TCX), zipped or not. */
  readonly maxFileBytes: number
  /** The most entries (files and folders) a zip archive may list. */
  readonly maxZipEntries: number
  /** The most bytes all of an archive's entries may inflate to together, counted while inflating. */
  readonly maxZipTotalBytes: number
}

/** Generous for real watches (a 24-hour FIT with 1-second records is a few MB), small enough to refuse bombs. */
export const activityImportLimits: ActivityImportLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxZipEntries: 2000,
  maxZipTotalBytes: 512 * 1024 * 1024
}

/** Megabytes, for messages ("larger than 64 MB"). */
export const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
