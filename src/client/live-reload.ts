// In the dev server: new slides from a saved outline replace the old ones, and the speaker stays on the same slide.
import type { RevealApi } from 'reveal.js';
import { SLIDES_EVENT } from '../check/events.ts';
import type { SlidesUpdate } from '../check/events.ts';

export function acceptLiveSlides(deck: RevealApi): void {
  if (!import.meta.hot) return;
  import.meta.hot.on(SLIDES_EVENT, (update: SlidesUpdate) => {
    const slides = document.querySelector('.reveal .slides');
    if (!slides) return;
    const { h, v, f } = deck.getIndices();
    slides.innerHTML = update.html;
    document.title = update.title;
    deck.sync();
    const last = deck.getTotalSlides() - 1;
    deck.slide(Math.min(h, last), v, f);
  });
}
