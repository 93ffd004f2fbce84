// The meeting's one file (<meeting>.html) in Chromium from file://, driven by keys and clicks as on the meeting-room
// PC: the programme's entries jump to any talk, the keys past a talk's last slide (or before its first) move the
// meeting on (or back), Shift+Esc inside a talk returns to the programme, Home to the cover, a #talk-n address opens
// there. Every step waits for the screen shown (and for a talk's deck to be ready and hooked), never for time.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { parseMeeting } from '../../src/meeting/file.ts';
import { meetingDeckHtml } from '../../src/outputs/meeting/deck-html.ts';

const sample = inject('sample');
let browser: Browser;
let folder: string;
let url: string;

/** Screens in order: 0 cover, 1 programme, then a divider and the talk's screen per talk (the second talk a file
 *  sent). */
const SCREEN = {
  cover: 0,
  programme: 1,
  divider: (talk: number) => 2 + 2 * talk,
  talk: (talk: number) => 3 + 2 * talk,
};

beforeAll(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'speechdeck-meeting-deck-'));
  const deck = await fs.readFile(sample.oneFile, 'utf8');
  const meeting = parseMeeting('title: 交流会\ndate: 2026-11-27\ntalks:\n  - outline: a.md\n', 'meeting.yaml');
  const html = meetingDeckHtml(meeting, [
    { title: '第一个发言', speaker: '张某某', deck },
    { title: '发来的材料', speaker: '赵某某', sentFile: '赵某某.pdf' },
    { title: '第三个发言', speaker: '王某某', deck },
  ]);
  const file = path.join(folder, '交流会 meeting.html');
  await fs.writeFile(file, html);
  url = pathToFileURL(file).href;
  browser = await launchBrowser();
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  if (folder) await fs.rm(folder, { recursive: true, force: true });
});

async function open(hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url + hash, { waitUntil: 'load' });
  return { page, errors };
}

/** Waits until the screen shown is `index` (of the page's `.screen`s). */
async function shown(page: Page, index: number): Promise<void> {
  await page.waitForFunction(
    (want) => [...document.querySelectorAll('.screen')].findIndex((s) => s.classList.contains('present')) === want,
    { timeout: 30_000 },
    index,
  );
}

/** Waits until the talk shown has its deck ready and the meeting's keys hooked into it, its focus inside. */
async function talkReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const frame = document.querySelector<HTMLIFrameElement>('.screen.present iframe');
      const win = frame?.contentWindow as (Window & { __meeting?: boolean }) | null | undefined;
      return !!win?.__meeting && document.activeElement === frame;
    },
    { timeout: 60_000 },
  );
}

/** Moves the talk shown to its first or last slide (every fragment shown at the last) through reveal.js's API. */
async function toSlide(page: Page, where: 'first' | 'last'): Promise<void> {
  await page.evaluate((end) => {
    const frame = document.querySelector<HTMLIFrameElement>('.screen.present iframe')!;
    type Deck = {
      slide(h: number): void;
      getHorizontalSlides(): unknown[];
      nextFragment(): boolean;
      isFirstSlide(): boolean;
      isLastSlide(): boolean;
    };
    const deck = (frame.contentWindow as unknown as { speechdeck: Deck }).speechdeck;
    if (end === 'first') deck.slide(0);
    else {
      deck.slide(deck.getHorizontalSlides().length - 1);
      while (deck.nextFragment()) {}
    }
  }, where);
  await page.waitForFunction(
    (end) => {
      const frame = document.querySelector<HTMLIFrameElement>('.screen.present iframe')!;
      const deck = (
        frame.contentWindow as unknown as { speechdeck: { isFirstSlide(): boolean; isLastSlide(): boolean } }
      ).speechdeck;
      return end === 'first' ? deck.isFirstSlide() : deck.isLastSlide();
    },
    { timeout: 30_000 },
    where,
  );
}

describe('the meeting deck’s keys', () => {
  it('jumps from the programme to any talk, and Home returns to the cover', async () => {
    const { page, errors } = await open();
    try {
      await shown(page, SCREEN.cover);
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.programme);
      await page.click('[data-jump="2"]');
      await shown(page, SCREEN.divider(2));
      await page.keyboard.press('Home');
      await shown(page, SCREEN.cover);
      await page.keyboard.press('PageDown');
      await shown(page, SCREEN.programme);
      await page.click('[data-jump="1"]');
      await shown(page, SCREEN.divider(1));
      expect(await page.$eval('.screen.present', (s) => s.textContent)).toContain('赵某某');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('moves on past a talk’s last slide and back before its first; Shift+Esc in a talk shows the programme', async () => {
    const { page, errors } = await open();
    try {
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.programme);
      await page.click('[data-jump="0"]');
      await shown(page, SCREEN.divider(0));
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.talk(0));
      await talkReady(page);
      // the talk's fonts, held once in the page for every talk, are back in its deck and draw its slides
      const fontsLoaded = await page.evaluate(async () => {
        const inner = document.querySelector<HTMLIFrameElement>('.screen.present iframe')!.contentDocument!;
        await inner.fonts.ready;
        return [...inner.fonts].some((face) => face.family.includes('Noto') && face.status === 'loaded');
      });
      expect(fontsLoaded).toBe(true);
      // inside the talk a key turns its slides, not the meeting's screens
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        () =>
          !(
            document.querySelector<HTMLIFrameElement>('.screen.present iframe')!.contentWindow as unknown as {
              speechdeck: { isFirstSlide(): boolean };
            }
          ).speechdeck.isFirstSlide(),
        { timeout: 30_000 },
      );
      await shown(page, SCREEN.talk(0));
      // past the last slide: the next talk's divider (the file sent), then its screen, then the third talk's divider
      await toSlide(page, 'last');
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.divider(1));
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.talk(1));
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.divider(2));
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.talk(2));
      await talkReady(page);
      // before the first slide: back to the talk's divider
      await toSlide(page, 'first');
      await page.keyboard.press('ArrowLeft');
      await shown(page, SCREEN.divider(2));
      // back into the talk, Shift+Esc: the programme
      await page.keyboard.press('ArrowRight');
      await shown(page, SCREEN.talk(2));
      await talkReady(page);
      await page.keyboard.down('Shift');
      await page.keyboard.press('Escape');
      await page.keyboard.up('Shift');
      await shown(page, SCREEN.programme);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('opens at the talk its address names (#talk-3)', async () => {
    const { page } = await open('#talk-3');
    try {
      await shown(page, SCREEN.divider(2));
      expect(await page.$eval('.screen.present', (s) => s.textContent)).toContain('王某某');
    } finally {
      await page.close();
    }
  });
});
