// The browser tests that read a deck as Chromium draws it at 16:9 and at 4:3: each aspect's outline built into a
// temporary folder of the test file's own and opened at the slide's own size (1920×1080, 1440×1080) once it is ready.
// What the file reads from each page is kept by aspect; after the file's last test (a set-up that failed halfway
// included) the page and the browser are closed and the folder removed.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { buildDeck } from '../../src/outputs/deck/folder.ts';
import type { WrittenDeck } from '../../src/outputs/deck/folder.ts';

export const ASPECTS = ['16:9', '4:3'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** A deck built and open: the browser, the deck as written, and its page once ready. */
export interface OpenDeck {
  aspect: Aspect;
  browser: Browser;
  built: WrittenDeck;
  page: Page;
}

/** Registers the file's set-up: for each aspect, `outline(aspect)` built and opened, and what `read` finds there kept
 *  in the map returned (filled before the first test). `name` names the temporary folder. */
export function drawnAtEachAspect<T>(
  name: string,
  outline: (aspect: Aspect) => string,
  read: (deck: OpenDeck) => Promise<T>,
): Map<Aspect, T> {
  const drawn = new Map<Aspect, T>();
  let browser: Browser | undefined;
  let work: string | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    work = await fs.mkdtemp(path.join(os.tmpdir(), `speechdeck-${name}-`));
    for (const aspect of ASPECTS) {
      const dir = path.join(work, aspect.replace(':', 'x'));
      await fs.mkdir(dir);
      await fs.writeFile(path.join(dir, 'talk.md'), outline(aspect));
      const built = await buildDeck(path.join(dir, 'talk.md'), path.join(dir, 'dist'));
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: aspect === '4:3' ? 1440 : 1920, height: 1080 });
        await page.goto(pathToFileURL(built.indexHtml).href, { waitUntil: 'load' });
        await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
        drawn.set(aspect, await read({ aspect, browser, built, page }));
      } finally {
        await page.close();
      }
    }
  }, 180_000);
  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    if (work) await fs.rm(work, { recursive: true, force: true });
  });
  return drawn;
}
