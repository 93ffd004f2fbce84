// The prompter in a real browser: T opens it from the deck; it follows the deck's slides and turns them with its
// arrow keys; its type is at least 48 px on a 1920×1080 screen and changes with +/-; its text is the script's.
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Target } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { loadDeck } from '../../src/load/index.ts';
import { phrasedNotes } from '../../src/outputs/pdf/script-html.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';
import { openDeckPage } from '../support/browser.ts';

const sample = inject('sample');
let browser: Browser | undefined;
let deck: Page;
let prompter: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page: deck } = await openDeckPage(browser, `${pathToFileURL(sample.indexHtml).href}#/2`));
  const opened = new Promise<Target>((resolve) => browser!.once('targetcreated', resolve));
  await deck.keyboard.press('t');
  prompter = (await (await opened).page())!;
  await prompter.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
});

const indexOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h);
const shown = (page: Page) => page.$eval('.sd-prompter-slide', (element) => element.textContent);
/** Waits until the page shows slide h, by the clock: a page behind another draws no frames (see remote.test.ts). */
const at = (page: Page, h: number) =>
  page.waitForFunction(
    (want) => (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h === want,
    { polling: 50 },
    h,
  );
/** Text as read: no tags, no white space. */
const text = (html: string) =>
  html
    .replace(/<p class="sd-notes-for">.*?<\/p>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, '');

describe('the prompter', () => {
  it('opens on the slide the deck shows and follows it', async () => {
    await prompter.waitForFunction(() =>
      document.querySelector('.sd-prompter-slide')?.textContent?.startsWith('第 3 /'),
    );
    await deck.keyboard.press('ArrowRight');
    await prompter.waitForFunction(() =>
      document.querySelector('.sd-prompter-slide')?.textContent?.startsWith('第 4 /'),
    );
    expect(await shown(prompter)).toMatch(/^第 4 \/ \d+ 页$/);
  });

  it('turns the deck with its own arrow keys', async () => {
    await prompter.keyboard.press('ArrowRight');
    await at(deck, 4);
    await prompter.waitForFunction(() =>
      document.querySelector('.sd-prompter-slide')?.textContent?.startsWith('第 5 /'),
    );
  });

  it("shows the current and next slide's notes with the script's text", async () => {
    const plan = (await loadDeck(SAMPLE_OUTLINE)).plan;
    for (const h of [4, 5, 8]) {
      await deck.evaluate(
        (want) => (window as unknown as { speechdeck: { slide(h: number): void } }).speechdeck.slide(want),
        h,
      );
      await at(prompter, h);
      const html = await prompter.evaluate(() => ({
        current: document.querySelector('.sd-prompter-current')!.innerHTML,
        next: document.querySelector('.sd-prompter-next-notes')!.innerHTML,
      }));
      const script = (i: number) => text(phrasedNotes(plan.slides[i]!.notes, plan.meta));
      if (plan.slides[h]!.notes) expect(text(html.current)).toBe(script(h));
      expect(text(html.next)).toBe(script(h + 1));
      // Phrased as the script: its lines may break only between phrases.
      if (plan.slides[h]!.notes) expect(html.current).toContain('<wbr>');
    }
  });

  it('is at least 48 px at 1920×1080, larger with +, dark or light, mirrored', async () => {
    const page = await browser!.newPage();
    try {
      await page.setViewport({ width: 1920, height: 1080 });
      await page.goto(`${pathToFileURL(sample.indexHtml).href}?prompter#/5`);
      await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      const size = () => page.$eval('.sd-prompter-current', (e) => Number.parseFloat(getComputedStyle(e).fontSize));
      const first = await size();
      expect(first).toBeGreaterThanOrEqual(48);
      await page.keyboard.press('=');
      await page.waitForFunction(
        (was) => Number.parseFloat(getComputedStyle(document.querySelector('.sd-prompter-current')!).fontSize) > was,
        {},
        first,
      );
      await page.keyboard.press('-');
      await page.waitForFunction(
        (was) => Number.parseFloat(getComputedStyle(document.querySelector('.sd-prompter-current')!).fontSize) === was,
        {},
        first,
      );
      const colours = () =>
        page.$eval('.sd-prompter', (e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]);
      expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await page.keyboard.press('d');
      await page.waitForSelector('.sd-prompter.sd-light');
      expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      await page.keyboard.press('m');
      await page.waitForSelector('.sd-prompter.sd-mirror');
      expect(await page.$eval('.sd-prompter-text', (e) => getComputedStyle(e).transform)).toBe(
        'matrix(-1, 0, 0, 1, 0, 0)',
      );
      expect(await page.$eval('.sd-prompter-left', (e) => e.textContent)).toMatch(/^剩余 \d+:\d\d$/);
    } finally {
      await page.close();
    }
  });

  it('opened on its own (another window, the address with ?prompter) follows the deck and turns it', async () => {
    const alone = await browser!.newPage();
    try {
      await alone.setViewport({ width: 1280, height: 720 });
      await alone.goto(`${pathToFileURL(sample.indexHtml).href}?prompter`);
      await alone.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      // It asks the deck where it is on arriving, and follows it from then on.
      const h = await indexOf(deck);
      await at(alone, h);
      await deck.keyboard.press('ArrowRight');
      await at(alone, h + 1);
      await deck.keyboard.press('ArrowLeft');
      await at(alone, h);
      // Its keys turn the deck.
      await alone.keyboard.press('ArrowRight');
      await at(deck, h + 1);
      await at(alone, h + 1);
    } finally {
      await alone.close();
    }
  });

  it("scrolls within a slide at the slide's planned time when asked (A), and pauses (Z)", async () => {
    const page = await browser!.newPage();
    const state = () =>
      page.evaluate(() =>
        (
          window as unknown as {
            speechdeckPrompter: () => { scrolling: boolean; paused: boolean; progress: number; scrollTop: number };
          }
        ).speechdeckPrompter(),
      );
    try {
      // Short and wide, so that a slide's notes are longer than the view.
      await page.setViewport({ width: 1280, height: 360 });
      // On the deck's slide: the deck's answer to its arrival changes nothing then.
      const h = await indexOf(deck);
      await page.goto(`${pathToFileURL(sample.indexHtml).href}?prompter#/${h}`);
      await page.waitForSelector('html[data-speechdeck-ready]', { timeout: 60_000 });
      await at(page, h);
      // The slide planned at three seconds (a fast speaker's measured time), not to wait for the real one.
      const room = await page.evaluate((slide) => {
        const sections = document.querySelectorAll<HTMLElement>('.reveal .slides > section');
        sections[slide]!.dataset.timing = '3';
        const text = document.querySelector('.sd-prompter-text')!;
        return text.scrollHeight - text.clientHeight;
      }, h);
      expect(room).toBeGreaterThan(0);
      expect(await state()).toMatchObject({ scrolling: false, scrollTop: 0 });
      await page.keyboard.press('a');
      await page.waitForFunction(() => document.querySelector('.sd-prompter-scroll')?.textContent === '按语速滚动');
      await page.waitForFunction(
        () =>
          (window as unknown as { speechdeckPrompter: () => { scrollTop: number } }).speechdeckPrompter().scrollTop > 0,
      );
      await page.keyboard.press('z');
      await page.waitForFunction(() =>
        document.querySelector('.sd-prompter-scroll')?.textContent?.startsWith('滚动已暂停'),
      );
      const frames = (count: number) =>
        page.evaluate(
          (n) =>
            new Promise<void>((resolve) => {
              let frames = 0;
              const step = () => (++frames >= n ? resolve() : requestAnimationFrame(step));
              requestAnimationFrame(step);
            }),
          count,
        );
      // A pause draws once more, where the clock stopped: the state is read after that frame.
      await frames(2);
      const paused = await state();
      expect(paused.paused).toBe(true);
      // Ten frames later, nothing has moved.
      await frames(10);
      expect(await state()).toMatchObject({ progress: paused.progress, scrollTop: paused.scrollTop });
      await page.keyboard.press('z');
      // Goes on to the slide's end: its notes' last line on the reading line, or as far as the text goes.
      await page.waitForFunction(
        () =>
          (window as unknown as { speechdeckPrompter: () => { progress: number } }).speechdeckPrompter().progress === 1,
      );
      const end = await state();
      expect(end.scrollTop).toBeGreaterThan(paused.scrollTop);
      // The next slide starts from its top.
      await page.keyboard.press('ArrowRight');
      await at(page, h + 1);
      expect((await state()).scrollTop).toBeLessThan(end.scrollTop);
    } finally {
      await page.close();
    }
  });
});
