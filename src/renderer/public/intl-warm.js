// Loaded `async` ahead of the window's modules. A page's first Intl formatter pays for ICU's start-up (15–70 ms in
// Chromium here), which would otherwise fall inside Today's first render; this same file, started again as a
// worker, pays it on another thread while the modules load and run (ICU's caches serve the whole page), so the
// main thread never waits for it. Where a worker cannot start, the page warms up itself. A file, as the policy
// allows no inline script.
/* global Worker, close */
function warmUp() {
  try {
    const locale = navigator.language || 'en-US'
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'milliliter' }).format(0)
    new Intl.NumberFormat(locale, { style: 'percent' }).format(0)
    new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(0)
  } catch {
    // Only a head start: the formatters are made again where they are used.
  }
}

if (typeof document === 'undefined') {
  // Running as the worker: warm up, then end.
  warmUp()
  close()
} else {
  try {
    new Worker('./intl-warm.js').addEventListener('error', warmUp)
  } catch {
    warmUp()
  }
}
