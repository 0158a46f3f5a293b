// Run by intl-warm.js on a thread of its own: makes the formatters Today needs first, so ICU's locale data is loaded
// and cached for the whole page (ICU's caches are per process, not per thread), then ends.
/* global close */
try {
  const locale = navigator.language || 'en-US'
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'milliliter' }).format(0)
  new Intl.NumberFormat(locale, { style: 'percent' }).format(0)
  new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(0)
} catch {
  // Only a head start: the formatters are made again where they are used.
}
close()
