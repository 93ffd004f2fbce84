// The built sample deck in real headless Chromium: opened from file:// (a USB stick) and over HTTP.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { RevealApi } from 'reveal.js';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { parseOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/deck/index.ts';
import { openDeckPage, serveFolder } from '../support/browser.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const sample = inject('sample');
const plan = planDeck(parseOutline(readFileSync(SAMPLE_OUTLINE, 'utf8'), 'slides/qunzhong.md'));

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveFolder(sample.deckDir);
});

afterAll(async () => {
  await server?.close();
  if (browser) await closeBrowser(browser);
});

const ways = [
  ['from file:// (double-click on a USB stick)', () => pathToFileURL(sample.indexHtml).href],
  ['over HTTP from a local server', () => server.url],
] as const;

describe.each(ways)('the sample deck opened %s', (_, url) => {
  it('opens with no console errors and shows every planned slide', async () => {
    const { page, errors } = await openDeckPage(browser, url());
    try {
      expect(errors).toEqual([]);
      const total = await page.evaluate(() =>
        (window as unknown as { speechdeck: RevealApi }).speechdeck.getTotalSlides(),
      );
      expect(total).toBe(plan.slides.length);
      const lang = await page.evaluate(() => document.documentElement.lang);
      expect(lang).toBe('zh-CN');
    } finally {
      await page.close();
    }
  });

  it('moves to the next and previous slide from the keyboard, and the hash follows', async () => {
    const { page } = await openDeckPage(browser, url());
    try {
      const index = () =>
        page.evaluate(() => (window as unknown as { speechdeck: RevealApi }).speechdeck.getIndices().h as number);
      expect(await index()).toBe(0);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await index()).toBe(2);
      await page.keyboard.press('ArrowLeft');
      expect(await index()).toBe(1);
      await page.waitForFunction(() => window.location.hash === '#/1');
      const shown = await page.evaluate(() =>
        document.querySelector('.slides > section.present')?.getAttribute('data-title'),
      );
      expect(shown).toBe(plan.slides[1]!.title);
    } finally {
      await page.close();
    }
  });

  it('has speaker notes on every content and quote slide', async () => {
    const { page } = await openDeckPage(browser, url());
    try {
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll('.slides > section')]
          .filter((s) => ['content', 'quote'].includes(s.getAttribute('data-kind') ?? ''))
          .filter((s) => !s.querySelector('aside.notes')?.textContent?.trim())
          .map((s) => s.getAttribute('data-title')),
      );
      expect(missing).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('renders Chinese in the bundled Noto fonts, really loaded', async () => {
    const { page } = await openDeckPage(browser, url());
    try {
      const fonts = await page.evaluate(async () => {
        await document.fonts.load('400 42px "Noto Sans SC"', '群众工作');
        await document.fonts.load('700 68px "Noto Serif SC"', '群众工作');
        const loaded = [...document.fonts]
          .filter((f) => f.status === 'loaded')
          .map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`);
        return {
          sans: document.fonts.check('400 42px "Noto Sans SC"', '群众工作'),
          serif: document.fonts.check('700 68px "Noto Serif SC"', '群众工作'),
          loaded: [...new Set(loaded)],
          bodyFont: getComputedStyle(document.querySelector('.reveal')!).fontFamily,
        };
      });
      expect(fonts.sans).toBe(true);
      expect(fonts.serif).toBe(true);
      expect(fonts.loaded).toEqual(expect.arrayContaining(['Noto Sans SC 400', 'Noto Serif SC 700']));
      expect(fonts.bodyFont).toContain('Noto Sans SC');
    } finally {
      await page.close();
    }
  });
});
