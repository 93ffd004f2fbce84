// The slides PDF's page kept open between the exports of one run that exports again and again (the editor's button):
// the next export of the same deck updates the page in place, only the slides whose HTML changed, instead of opening
// the deck again (loading reveal.js, its fonts and laying out every slide: most of an export's browser time). What the
// page then prints is what a fresh page prints: anything the in-place update does not reproduce exactly (another
// number of slides, a slide's own settings, the document around the slides, raw HTML, stretched or lazy content)
// opens the deck afresh instead, as does a page that closed or crashed. A character new to the deck changes only the
// fonts' @font-face rules (each face cut again to hold it): those are swapped in the open page, which then loads the
// new cuts and prints from them alone, as a fresh page would.
import fs from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { newPage } from '../browser/launch.ts';
import { openDeck, withTimeout } from '../page.ts';
import { trace } from '../../trace.ts';

/** What a kept page shows, to tell what changed since. */
interface Shown {
  browser: Browser;
  page: Page;
  url: string;
  /** The deck's document without its slides and its fonts' rules. */
  frame: string;
  /** The @font-face rules of the fonts cut to the deck's characters (BuiltDeck's fontFaces). */
  fonts: string;
  sections: readonly string[];
}

/** The fonts' rules as the page shows them and as the deck now has them. */
interface FontsChange {
  was: string;
  now: string;
}

/** One slide's change: its new inner HTML (when the content changed), its own attributes set or removed, and its
 *  classes as written before and now (where only our own changed). */
interface SlideChange {
  index: number;
  content?: string;
  attributes?: Record<string, string | null>;
  classes?: { was: string[]; now: string[] };
}

/** Our own attributes, which reveal.js does not read (see client/live-reload.ts): a slide whose line moved, whose
 *  share of the time changed or whose layout changed gets them set in place. */
const OWN_ATTRIBUTES = new Set(['data-line', 'data-timing', 'data-title', 'data-part', 'data-kind']);
/** Our own classes (a layout's: sd-roomy when the points have room), beside the ones reveal.js sets on a slide. */
const OWN_CLASS = /^sd-/;

/** A changed slide holding any of these opens the deck afresh: reveal.js lays it out or loads it when the print view
 *  is made (stretched pictures, lazy sources, media, frames), or it runs (a script), which a slide put in place does
 *  not. */
const NOT_IN_PLACE = /r-stretch|class="[^"]*\bstretch\b|data-src|data-background|<script|<video|<audio|<iframe/i;

/** The deck pages a run keeps between its exports, one per deck folder. */
export class DeckPages {
  private readonly kept = new Map<string, Shown>();
  private closed = false;
  /** How many times a kept page was updated in place rather than opened afresh (for the tests and the bench). */
  inPlace = 0;
  /** How many of those swapped the fonts' rules (a character new to the deck). */
  fontsSwapped = 0;

  /**
   * A page showing `built` at `url` ready to print: the kept page updated in place where it can be, otherwise a new
   * page with the deck opened. The caller gives it back with `keep` once printed, or closes it (on any failure).
   */
  async open(browser: Browser, built: BuiltDeck, url: string, what: string, limit: number, size: Size) {
    const html = await fs.readFile(built.indexHtml, 'utf8');
    const sections = built.deck.slideSections;
    const fonts = built.fontFaces ?? '';
    const frame = frameOf(html, built.deck.slidesHtml, fonts);
    const shown: Omit<Shown, 'page'> = { browser, url, frame, fonts, sections };
    const kept = this.kept.get(built.indexHtml);
    this.kept.delete(built.indexHtml);
    if (kept) {
      const changes = kept.browser === browser && kept.url === url ? changesFrom(kept, shown, built) : undefined;
      const newFonts = kept.fonts !== fonts ? { was: kept.fonts, now: fonts } : undefined;
      if (changes && !kept.page.isClosed()) {
        try {
          if (await withTimeout(updateInPlace(kept.page, changes, newFonts), what, limit)) {
            this.inPlace += 1;
            if (newFonts) this.fontsSwapped += 1;
            trace(`${what}: ${changes.length} slides updated in the open page${newFonts ? ', its fonts swapped' : ''}`);
            return { page: kept.page, shown };
          }
        } catch (error) {
          // crashed, closed or hung meanwhile: opened afresh below
          trace(`${what}: the open page failed (${error instanceof Error ? error.message : String(error)})`);
        }
      } else trace(`${what}: opened afresh (${changes ? 'the page closed' : 'more changed than slides'})`);
      await kept.page.close().catch(() => undefined);
    }
    const page = await newPage(browser, size.width, size.height);
    try {
      await openDeck(page, url, what, limit, built.deck.plan.meta.online);
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    return { page, shown };
  }

  /** Keeps `page` (printed from `shown`) for the next export; closes it if the run has stopped meanwhile. */
  async keep(indexHtml: string, page: Page, shown: Omit<Shown, 'page'>): Promise<void> {
    if (this.closed || page.isClosed()) {
      await page.close().catch(() => undefined);
      return;
    }
    const before = this.kept.get(indexHtml);
    this.kept.set(indexHtml, { ...shown, page });
    if (before && before.page !== page) await before.page.close().catch(() => undefined);
  }

  /** Closes every kept page (the run stops). */
  async close(): Promise<void> {
    this.closed = true;
    const pages = [...this.kept.values()].map((shown) => shown.page);
    this.kept.clear();
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
  }
}

interface Size {
  width: number;
  height: number;
}

/** The document with its slides and its fonts' rules cut out: where this differs, the page is opened afresh. */
export function frameOf(html: string, slidesHtml: string, fonts = ''): string {
  return cut(cut(html, slidesHtml), fonts);
}

/** `text` without the first `part` in it. */
function cut(text: string, part: string): string {
  const at = part ? text.indexOf(part) : -1;
  return at < 0 ? text : text.slice(0, at) + text.slice(at + part.length);
}

/** What changed from what the page shows to `now`, slide by slide; undefined where the page must be opened afresh. */
export function changesFrom(
  before: Pick<Shown, 'frame' | 'sections'>,
  now: Pick<Shown, 'frame' | 'sections'>,
  built: Pick<BuiltDeck, 'deck'>,
): SlideChange[] | undefined {
  if (built.deck.plan.meta.html || before.frame !== now.frame || before.sections.length !== now.sections.length)
    return undefined;
  const changes: SlideChange[] = [];
  for (const [index, made] of now.sections.entries()) {
    const was = before.sections[index]!;
    if (was === made) continue;
    const [openedBefore, openedNow] = [openingTag(was), openingTag(made)];
    const change: SlideChange = { index };
    if (was.slice(openedBefore.length) !== made.slice(openedNow.length)) {
      if (!made.endsWith('</section>') || NOT_IN_PLACE.test(made) || NOT_IN_PLACE.test(was)) return undefined;
      change.content = made.slice(openedNow.length, -'</section>'.length);
    }
    if (openedBefore !== openedNow) {
      const changed = changedAttributes(openedBefore, openedNow);
      if (!changed) return undefined;
      Object.assign(change, changed);
    }
    changes.push(change);
  }
  return changes;
}

function openingTag(html: string): string {
  return html.slice(0, html.indexOf('>') + 1);
}

/** The attributes and classes that differ between two opening tags, where all are our own (an attribute null:
 *  removed); otherwise undefined. */
function changedAttributes(before: string, after: string): Pick<SlideChange, 'attributes' | 'classes'> | undefined {
  const [old, next] = [attributesOf(before), attributesOf(after)];
  if (!old || !next) return undefined;
  const attributes: Record<string, string | null> = {};
  for (const name of new Set([...old.keys(), ...next.keys()])) {
    if (old.get(name) === next.get(name) || name === 'class') continue;
    if (!OWN_ATTRIBUTES.has(name)) return undefined;
    attributes[name] = next.get(name) ?? null;
  }
  const [was, now] = [classesOf(old.get('class')), classesOf(next.get('class'))];
  const differing = [...was.filter((name) => !now.includes(name)), ...now.filter((name) => !was.includes(name))];
  if (!differing.every((name) => OWN_CLASS.test(name))) return undefined;
  return {
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(old.get('class') !== next.get('class') ? { classes: { was, now } } : {}),
  };
}

const classesOf = (value = '') => value.split(/\s+/).filter(Boolean);

/** A `<section …>` tag's attributes as our renderer writes them (name="value", escaped); undefined for any other
 *  shape, which then opens the page afresh. */
function attributesOf(tag: string): Map<string, string> | undefined {
  const match = /^<section((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>$/i.exec(tag);
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const [, name, value] of match[1]!.matchAll(/\s+([a-z-]+)(?:="([^"]*)")?/gi))
    attributes.set(name!.toLowerCase(), value ?? '');
  return attributes;
}

/** Puts the changes into the print view of the open page, as reveal.js's print view had them laid out (every
 *  fragment shown), back in screen colours, with the fonts' new rules in place of the old (`fonts`), and waits for
 *  its pictures and fonts; false where the page does not hold one print page per slide as expected, or the old
 *  rules. */
async function updateInPlace(page: Page, changes: SlideChange[], fonts?: FontsChange): Promise<boolean> {
  return page.evaluate(
    async (changes: SlideChange[], fonts: FontsChange | null) => {
      const slides = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page > section'));
      const pages = document.querySelectorAll('.reveal .slides > *');
      if (!document.documentElement.dataset.speechdeckReady || slides.length !== pages.length) return false;
      const deck = (window as unknown as { speechdeck?: { syncFragments(slide: HTMLElement): unknown } }).speechdeck;
      if (!deck || changes.some((change) => change.index >= slides.length)) return false;
      // (No named functions in here: the bundler would wrap them in a helper the page does not have.)
      if (fonts) {
        // The <style> the deck's fonts are declared in (folder.ts writes it holding them alone). Its new rules replace
        // the old faces in document.fonts; the text is laid out again with them once they have loaded (below), and
        // the PDF embeds what it draws with, the new cuts.
        const style = Array.from(document.querySelectorAll('style')).find(
          (element) => element.textContent?.trim() === fonts.was.trim(),
        );
        if (!style) return false;
        style.textContent = `\n${fonts.now}\n`;
      }
      for (const change of changes) {
        const slide = slides[change.index]!;
        if (change.content !== undefined) {
          const template = document.createElement('template');
          template.innerHTML = change.content;
          slide.replaceChildren(template.content);
          // numbered as reveal.js numbers them when it starts (data-fragment-index), then all shown, as its print view does
          deck.syncFragments(slide);
          for (const fragment of Array.from(slide.querySelectorAll('.fragment:not(.fade-out)')))
            fragment.classList.add('visible');
        }
        for (const [name, value] of Object.entries(change.attributes ?? {})) {
          if (value === null) {
            slide.removeAttribute(name);
            continue;
          }
          // The value comes escaped as in the HTML: a template reads it as the parser does.
          const template = document.createElement('template');
          template.innerHTML = `<i title="${value}"></i>`;
          slide.setAttribute(name, (template.content.firstElementChild as HTMLElement).title);
        }
        // As the parser then reveal.js would have them: the written classes where they were, reveal.js's around them;
        // the slide's background, which reveal.js gave the slide's classes, likewise.
        const background = (slide as HTMLElement & { slideBackgroundElement?: HTMLElement }).slideBackgroundElement;
        for (const element of change.classes ? [slide, background] : []) {
          if (!element || !change.classes) continue;
          const { was, now } = change.classes;
          const names = Array.from(element.classList);
          const at = names.findIndex((name) => was.includes(name));
          if (at < 0) return false;
          const others = names.filter((name) => !was.includes(name) && !now.includes(name));
          const before = names.slice(0, at).filter((name) => others.includes(name));
          element.className = [...before, ...now, ...others.filter((name) => !before.includes(name))].join(' ');
        }
      }
      // The last export printed the handout's copy in print colours (and paper type) from this page last.
      document.documentElement.classList.remove('sd-print', 'sd-paper-type');
      await Promise.all(
        Array.from(document.images, (image) =>
          image.complete
            ? undefined
            : new Promise((done) => {
                image.addEventListener('load', done, { once: true });
                image.addEventListener('error', done, { once: true });
              }),
        ),
      );
      void document.body.offsetHeight;
      await document.fonts.ready;
      void document.body.offsetHeight;
      await document.fonts.ready;
      return true;
    },
    changes,
    fonts ?? null,
  );
}
