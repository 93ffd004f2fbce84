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
    const changed = replaceChanged(slides, update.slides);
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

/** Our own attributes, which reveal.js does not read: a slide whose only change is one of these (its line moved, its
 *  share of the time changed) gets them set in place, and is neither laid out nor measured again. */
const OWN_ATTRIBUTES = new Set(['data-line', 'data-timing', 'data-title', 'data-part']);

/** Puts the new slides in place of the old. Where the deck has as many slides as before, only the slides whose HTML
 *  changed are read and touched (a keystroke changes one slide, and a 120-slide deck need not be parsed or laid out
 *  again whole); where a slide's own settings (its attributes) are as before, only its content is replaced, so
 *  reveal.js need not sync. */
function replaceChanged(slides: Element, list: readonly string[]): ChangedSlides {
  const now = [...slides.children];
  if (list.length !== now.length) {
    const next = parsed(list.join('\n'));
    slides.replaceChildren(...next);
    next.forEach((slide, i) => sources.set(slide, list[i]!));
    return 'all';
  }
  const changed: number[] = [];
  let all = false;
  list.forEach((made, i) => {
    const shown = now[i]!;
    const before = sources.get(shown);
    if (before === made) return;
    sources.set(shown, made);
    if (before !== undefined) {
      const [openedBefore, openedNow] = [openingTag(before), openingTag(made)];
      if (before.slice(openedBefore.length) === made.slice(openedNow.length)) {
        if (setOwnAttributes(shown, openedBefore, openedNow)) return;
      } else if (openedBefore === openedNow) {
        changed.push(i);
        shown.replaceChildren(...parsed(made)[0]!.childNodes);
        return;
      }
    }
    changed.push(i);
    all = true;
    const slide = parsed(made)[0]!;
    shown.replaceWith(slide);
    sources.set(slide, made);
  });
  return all ? 'all' : changed;
}

function parsed(html: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.children];
}

/** Sets the attributes that changed from `before` to `now` on `slide`, where all of them are our own; false (nothing
 *  set) otherwise. */
function setOwnAttributes(slide: Element, before: string, now: string): boolean {
  const attributes = (tag: string) => {
    const element = parsed(`${tag}</section>`)[0];
    return new Map([...(element?.attributes ?? [])].map((attribute) => [attribute.name, attribute.value]));
  };
  const [old, next] = [attributes(before), attributes(now)];
  const names = new Set([...old.keys(), ...next.keys()]);
  const differing = [...names].filter((name) => old.get(name) !== next.get(name));
  if (!differing.every((name) => OWN_ATTRIBUTES.has(name))) return false;
  for (const name of differing) {
    const value = next.get(name);
    if (value === undefined) slide.removeAttribute(name);
    else slide.setAttribute(name, value);
  }
  return true;
}

function openingTag(html: string): string {
  return html.slice(0, html.indexOf('>') + 1);
}
