// The layout check: a built deck opened in headless Chromium at its real size, every slide measured by the page itself
// (`check`'s own page, or the page that prints the slides PDF in `deck`).
import type { Browser, Page } from 'puppeteer-core';
import type { BuiltDeck } from './deck/folder.ts';
import { slideSize } from '../deck/index.ts';
import type { SlideMeasure } from '../check/layout.ts';
import { newPage } from './browser/launch.ts';
import { deckUrl, openDeck, timeLimit, withTimeout } from './page.ts';
import { say } from '../messages/index.ts';

/**
 * Opens the deck (presentation view, window = slide size, so nothing is scaled) and asks the page's layout check
 * (src/client/layout-check.ts) to measure every slide. Returns one measure per slide, in deck order.
 */
export async function measureLayout(
  browser: Browser,
  built: BuiltDeck,
  timeout = timeLimit(built.deck.plan.slides.length),
): Promise<SlideMeasure[]> {
  const { width, height } = slideSize(built.deck.plan.meta.aspect);
  const page = await newPage(browser, width, height);
  const what = say('step', built.name, say('layoutCheck'));
  try {
    await openDeck(page, deckUrl(built.indexHtml), what, timeout, built.deck.plan.meta.online);
    return await measureOpenDeck(page, what, timeout);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Every slide of a deck open in `page`, measured by the page's layout check. The slides PDF's page (reveal.js's
 *  print view, at the slide's size) measures the same as the presentation view, so `deck` measures there, before it
 *  prints, without loading the deck a second time. */
export async function measureOpenDeck(page: Page, what: string, timeout: number): Promise<SlideMeasure[]> {
  const measures = await withTimeout(
    page.evaluate(() => (window.speechdeckLayout ? window.speechdeckLayout() : null)),
    what,
    timeout,
  );
  if (!measures) throw new Error(`${what}: the page has no layout check.`);
  return measures;
}
