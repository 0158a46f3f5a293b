/**
 * Clock times as the person's system writes them: its 12- or 24-hour choice ("2:05 PM" or "14:05"). One format
 * for the window, notifications and the command line. `locale` defaults to the system's.
 */
export function formatSystemClockTime(atMs: number, locale?: string): string {
  // Newer ICU puts a narrow no-break space before AM/PM; a plain space reads the same and suits a terminal.
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(atMs).replace(/\u202f/g, ' ')
}
