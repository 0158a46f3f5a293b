// Loaded `async` ahead of the window's modules. A page's first Intl number formatter pays for ICU's start-up (about
// 20 ms in Chromium here), the largest single cost of Today's first render otherwise. This small file arrives long
// before the modules have downloaded and compiled, so it pays that cost while the main thread would only wait for
// them; ICU's caches then serve every formatter the page makes. (A worker would take it off the main thread, but
// starting one competed for the same two cores with the modules' compilation and delayed them more than it saved.)
// A file, as the policy allows no inline script.
try {
  new Intl.NumberFormat(navigator.language || 'en-US', { style: 'unit', unit: 'milliliter' }).format(0)
} catch {
  // Only a head start: the formatters are made again where they are used.
}
