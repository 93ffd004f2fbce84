// In the dev server: new slides from a saved outline replace the old ones, and the speaker stays on the same slide.
// The editor's page shows its text's slides the same way, through `speechdeckShowSlides`.
import type { RevealApi } from 'reveal.js';
import { SLIDES_EVENT } from '../check/events.ts';
import type { SlidesUpdate } from '../check/events.ts';

declare global {
  interface Window {
    /** For the editor's preview: shows these slides in place of the deck's (the frame's page is the editor's). */
    speechdeckShowSlides?: (update: SlidesUpdate) => void;
  }
}

export function acceptLiveSlides(deck: RevealApi): void {
  if (!import.meta.hot) return;
  const show = (update: SlidesUpdate) => {
    const slides = document.querySelector('.reveal .slides');
    if (!slides) return;
    const { h, v, f } = deck.getIndices();
    slides.innerHTML = update.html;
    document.title = update.title;
    deck.sync();
    const last = deck.getTotalSlides() - 1;
    deck.slide(Math.min(h, last), v, f);
  };
  import.meta.hot.on(SLIDES_EVENT, show);
  window.speechdeckShowSlides = show;
}
