// In the dev server: new slides from a saved outline replace the old ones, and the speaker stays on the same slide.
// The editor's page shows its text's slides the same way, through `speechdeckShowSlides`.
import type { RevealApi } from 'reveal.js';
import { SLIDES_EVENT } from '../check/events.ts';
import type { SlidesUpdate } from '../check/events.ts';

declare global {
  interface Window {
    /** For the editor's preview: shows these slides in place of the deck's (the frame's page is the editor's); returns
     *  the indices of the slides that changed, or 'all'. */
    speechdeckShowSlides?: (update: SlidesUpdate) => ChangedSlides;
  }
}

/** Which slides a new version changed: their indices, or 'all' (another number of slides, a slide's settings). */
export type ChangedSlides = number[] | 'all';

/** `fromServer` false (the editor's frames): the slides come from the editor's page only, not from the server's saves. */
export function acceptLiveSlides(deck: RevealApi, fromServer = true): void {
  if (!import.meta.hot) return;
  const show = (update: SlidesUpdate): ChangedSlides => {
    const slides = document.querySelector('.reveal .slides');
    if (!slides) return 'all';
    const { h, v, f } = deck.getIndices();
    const changed = replaceChanged(slides, update.html);
    document.title = update.title;
    if (changed === 'all') {
      deck.sync();
      const last = deck.getTotalSlides() - 1;
      deck.slide(Math.min(h, last), v, f);
    } else {
      // Only what is inside these slides changed: reveal.js keeps its own state of each (backgrounds, position).
      for (const index of changed) deck.syncFragments(slides.children[index] as HTMLElement);
      if (changed.length) deck.layout();
    }
    return changed;
  };
  if (fromServer) import.meta.hot.on(SLIDES_EVENT, show);
  window.speechdeckShowSlides = show;
}

/** The HTML each slide was made from (reveal.js changes the element's classes and styles once it is shown). */
const sources = new WeakMap<Element, string>();

/** Puts the new slides in place of the old. Where the deck has as many slides as before, only the slides that changed
 *  are touched (a keystroke changes one slide, and a 120-slide deck need not be laid out again whole), and where a
 *  slide's own settings (its attributes) are as before, only its content is replaced, so reveal.js need not sync. */
function replaceChanged(slides: Element, html: string): ChangedSlides {
  const template = document.createElement('template');
  template.innerHTML = html;
  const next = [...template.content.children];
  const now = [...slides.children];
  const source = (element: Element) => element.outerHTML;
  if (next.length !== now.length) {
    slides.replaceChildren(...next);
    for (const slide of next) sources.set(slide, source(slide));
    return 'all';
  }
  const changed: number[] = [];
  let all = false;
  next.forEach((slide, i) => {
    const made = source(slide);
    const shown = now[i]!;
    const before = sources.get(shown);
    if (before === made) return;
    changed.push(i);
    if (before !== undefined && openingTag(before) === openingTag(made)) {
      shown.replaceChildren(...slide.childNodes);
      sources.set(shown, made);
      return;
    }
    all = true;
    shown.replaceWith(slide);
    sources.set(slide, made);
  });
  return all ? 'all' : changed;
}

function openingTag(html: string): string {
  return html.slice(0, html.indexOf('>') + 1);
}
