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
    replaceChanged(slides, update.html);
    document.title = update.title;
    deck.sync();
    const last = deck.getTotalSlides() - 1;
    deck.slide(Math.min(h, last), v, f);
  };
  import.meta.hot.on(SLIDES_EVENT, show);
  window.speechdeckShowSlides = show;
}

/** The HTML each slide was made from (reveal.js changes the element's classes and styles once it is shown). */
const sources = new WeakMap<Element, string>();

/** Puts the new slides in place of the old; where the deck has as many slides as before, only the slides that
 *  changed are replaced: a keystroke changes one slide, and a 120-slide deck need not be laid out again whole. */
function replaceChanged(slides: Element, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const next = [...template.content.children];
  const now = [...slides.children];
  const source = (element: Element) => element.outerHTML;
  if (next.length !== now.length) {
    slides.replaceChildren(...next);
    for (const slide of next) sources.set(slide, source(slide));
    return;
  }
  next.forEach((slide, i) => {
    const made = source(slide);
    if (sources.get(now[i]!) === made) return;
    now[i]!.replaceWith(slide);
    sources.set(slide, made);
  });
}
