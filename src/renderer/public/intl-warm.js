// Loaded `async` ahead of the window's modules and run while they download: a page's first Intl formatter
// pays for ICU's start-up (15–50 ms in Chromium here), which would otherwise fall inside Today's first render.
try {
  const locale = navigator.language || 'en-US'
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'milliliter' }).format(0)
  new Intl.NumberFormat(locale, { style: 'percent' }).format(0)
  new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(0)
} catch {
  // Only a head start: the formatters are made again where they are used.
}
