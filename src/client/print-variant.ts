// The light print variant for paper: `?print-variant` in the URL adds `sd-print` to <html>, which themes/_print.css remaps.

/** Call before reveal.js lays out the print view, so the first layout already has the print colours. */
export function applyPrintVariant(): void {
  const query = new URLSearchParams(window.location.search);
  if (query.has('print-variant')) document.documentElement.classList.add('sd-print');
  // `?paper-type`: each slide's points in the larger type it has room for (the handout at six a page).
  if (query.has('paper-type')) document.documentElement.classList.add('sd-paper-type');
}
