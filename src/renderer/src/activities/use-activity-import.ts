import { useRef, useState } from 'react'
import { activityImportLimits, type ActivityImportReport } from '../../../contract/slices/activities'
import { useAppActions, useAppSelector } from '../api/app-state'
import { numberFormat } from '../format/number-format'
import { t } from '../i18n/i18n'
import { base64OfBytes, importBatches, sendableName, type EncodedFile } from './file-encoding'
import { emptyReport, importReportText, mergeReports, type ImportReportText } from './import-report'
import '../i18n/activity-strings'

/** Where an import stands: idle, reading the files from disk, sending them, or done (with its report, or a failure). */
export type ImportPhase =
  | { readonly step: 'idle' }
  | { readonly step: 'reading'; readonly files: number }
  | { readonly step: 'sending' }
  | { readonly step: 'reported'; readonly report: ImportReportText }
  | { readonly step: 'failed'; readonly message: string }

const megabytes = (bytes: number): string =>
  numberFormat({ style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(bytes / 1024 / 1024)

/** Reads one file for sending, or says in words why it cannot be sent (too large, empty, unreadable). */
async function encodeFile(file: File): Promise<EncodedFile | string> {
  if (file.size > activityImportLimits.fileBytes) {
    return t('activities.import.tooLargeHere', { file: file.name, size: megabytes(activityImportLimits.fileBytes) })
  }
  if (file.size === 0) return t('activities.import.empty', { file: file.name })
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    return { name: sendableName(file.name), dataBase64: await base64OfBytes(bytes) }
  } catch {
    return t('activities.import.unreadable', { file: file.name })
  }
}

/**
 * Imports activity files: reads each as bytes, sends them (in as many calls as the limits need) and words the
 * report. A refused call changes nothing and says why; one import runs at a time.
 */
export function useActivityImport(): {
  readonly phase: ImportPhase
  readonly importFiles: (files: readonly File[]) => Promise<void>
} {
  const { perform } = useAppActions()
  const workouts = useAppSelector((state) => state.settings.workouts)
  const [phase, setPhase] = useState<ImportPhase>({ step: 'idle' })
  const busy = useRef(false)
  // Files that arrive while an import runs (a second drop) wait for it, then go in next.
  const waiting = useRef<File[]>([])

  const importFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return
    if (busy.current) {
      waiting.current.push(...files)
      return
    }
    busy.current = true
    try {
      setPhase({ step: 'reading', files: files.length })
      const encoded: EncodedFile[] = []
      const localRefusals: string[] = []
      for (const file of files) {
        const result = await encodeFile(file)
        if (typeof result === 'string') localRefusals.push(result)
        else encoded.push(result)
      }
      setPhase({ step: 'sending' })
      let report: ActivityImportReport = emptyReport
      for (const batch of importBatches(encoded)) {
        const outcome = await perform('importActivities', { files: batch })
        if (!outcome.ok) {
          const detail = outcome.error.issues[0]?.message ?? outcome.error.message
          const message = detail ? t('activities.import.failed', { detail }) : t('activities.import.failedUnknown')
          // Earlier parts went in; say so rather than lose their report.
          if (report.added.length + report.duplicates.length + report.refused.length === 0) {
            setPhase({ step: 'failed', message })
            return
          }
          localRefusals.push(message)
          break
        }
        report = mergeReports(report, outcome.value)
      }
      setPhase({ step: 'reported', report: importReportText(report, workouts, localRefusals) })
    } finally {
      busy.current = false
      const next = waiting.current.splice(0)
      if (next.length > 0) void importFiles(next)
    }
  }

  return { phase, importFiles }
}
