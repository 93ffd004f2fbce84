// Tells the exporter when the page may be printed: reveal.js is laid out and every font has loaded.
import type { RevealApi } from 'reveal.js';

/** Sets `data-speechdeck-ready` on <html> once fonts are loaded and, in print view, pages are laid out. */
export function signalReady(deck: RevealApi, printing: boolean): void {
  const layout = printing ? new Promise<void>((resolve) => deck.on('pdf-ready', () => resolve())) : Promise.resolve();
  void Promise.all([layout, document.fonts.ready])
    .then(() => {
      // A second fonts.ready: the print layout may have asked for glyph subsets not used before.
      return document.fonts.ready;
    })
    .then(() => {
      document.documentElement.dataset.speechdeckReady = 'true';
    });
}
