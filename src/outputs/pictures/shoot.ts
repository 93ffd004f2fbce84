// Pictures of the slides from the print path the slides PDF takes: reveal.js's print view (fonts loaded, every
// fragment shown, no transition), loaded once; each slide is cut out of it by a clip, no page reloaded per slide.
import type { Browser } from 'puppeteer-core';
import type { BuiltDeck } from '../deck/folder.ts';
import { slideSize } from '../../deck/index.ts';
import { newPage } from '../browser/launch.ts';
import { deckUrl, openDeck, timeLimit, withTimeout } from '../page.ts';
import { trace } from '../../trace.ts';

/** The tallest band of the page (device pixels) held in the viewport at once: within every GPU's texture limit. */
const BAND_PIXELS = 8192;

/** `scale` device pixels per slide pixel: 1 gives 1920×1080 (1440×1080 for 4:3), 2 twice that. */
export async function shootSlides(
  browser: Browser,
  built: BuiltDeck,
  scale: number,
  what: string,
  picture: (index: number, png: Uint8Array) => Promise<void>,
): Promise<{ count: number; width: number; height: number }> {
  const { plan } = built.deck;
  const { width, height } = slideSize(plan.meta.aspect);
  const limit = timeLimit(plan.slides.length);
  const page = await newPage(browser, width, height);
  try {
    await openDeck(page, deckUrl(built.indexHtml, { 'print-pdf': true }), what, limit, plan.meta.online);
    // reveal.js makes each print page a pixel shorter than the slide (so that no blank page follows it in a PDF);
    // a picture is the whole slide.
    await page.addStyleTag({ content: `.reveal .slides > .pdf-page { height: ${height}px !important; }` });
    const tops = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.reveal .slides > .pdf-page'))
        .filter((element) => element.querySelector('section'))
        .map((element) => element.getBoundingClientRect().top + window.scrollY),
    );
    trace(`${what}: deck ready`);
    // A band of several slides in the viewport at once: each is clipped from what is already drawn (cutting beyond
    // the viewport makes Chromium resize and redraw the page for every picture).
    const perBand = Math.max(1, Math.floor(BAND_PIXELS / (height * scale)));
    await page.setViewport({ width, height: height * Math.min(perBand, tops.length), deviceScaleFactor: scale });
    const cdp = await page.createCDPSession();
    try {
      for (const [i, top] of tops.entries()) {
        if (i % perBand === 0) await page.evaluate((y) => window.scrollTo(0, y), top);
        const shot = await withTimeout(
          cdp.send('Page.captureScreenshot', {
            format: 'png',
            // zlib's fastest setting: files a little larger, taken in a fraction of the time
            optimizeForSpeed: true,
            captureBeyondViewport: false,
            clip: { x: 0, y: top, width, height, scale: 1 },
          }),
          what,
          limit,
        );
        await picture(i, Buffer.from(shot.data, 'base64'));
      }
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    trace(`${what}: ${tops.length} pictures taken`);
    return { count: tops.length, width: width * scale, height: height * scale };
  } finally {
    await page.close().catch(() => undefined);
  }
}
