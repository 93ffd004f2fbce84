// The light print variant for paper: `?print-variant` in the URL adds `sd-print` to <html>, which themes/_print.css remaps.

/** Call before reveal.js lays out the print view, so the first layout already has the print colours. */
export function applyPrintVariant(): void {
  if (new URLSearchParams(window.location.search).has('print-variant')) {
    document.documentElement.classList.add('sd-print');
  }
}
