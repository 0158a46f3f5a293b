import type { ReactNode } from 'react'

/**
 * What a Today control last said: a polite status or an error. A status that reports the day's total
 * ("Now 750 ml of 2,000 ml") carries that total, so it can step aside once the total changes elsewhere.
 */
export type LiveMessageValue = {
  readonly kind: 'status' | 'error'
  readonly text: string
  readonly totalMl?: number
}

/**
 * Both live regions stay in the page so screen readers hear a change; only the matching one holds text.
 * A status about a total other than `currentTotalMl` (a drink added or removed since, here or from the tray,
 * the widget or the command line) is out of date and no longer shown.
 */
export function LiveMessage({
  message,
  currentTotalMl
}: {
  readonly message: LiveMessageValue | undefined
  readonly currentTotalMl?: number
}): ReactNode {
  const stale = message?.totalMl !== undefined && currentTotalMl !== undefined && message.totalMl !== currentTotalMl
  const shown = stale ? undefined : message
  return (
    <>
      <p role="status" className="log-status">
        {shown?.kind === 'status' ? shown.text : ''}
      </p>
      <p role="alert" className="log-error">
        {shown?.kind === 'error' ? shown.text : ''}
      </p>
    </>
  )
}
