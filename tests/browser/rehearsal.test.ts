// Rehearsal in a real browser, driven by its keys: R starts the clock in the deck, arrows move the slides, Z pauses
// and goes on, S opens the speaker view, R there ends it: the table of planned and real time shows there, and the
// rehearsal is saved beside the outline by the lectern's server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Target } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { loadDeck } from '../../src/load/index.ts';
import { readRehearsals } from '../../src/load/rehearsal.ts';
import { startLecternServer } from '../../src/server/lectern/index.ts';
import type { LecternServer } from '../../src/server/lectern/index.ts';
import { SAMPLE_OUTLINE } from '../support/sample.ts';
import { openDeckPage } from '../support/browser.ts';

const sample = inject('sample');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdeck-rehearse-'));
// The sample's deck, its rehearsal written in the test's own folder (never beside the repository's outline).
const outline = path.join(root, 'slides', 'qunzhong.md');
let browser: Browser | undefined;
let server: LecternServer | undefined;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(path.dirname(outline), { recursive: true });
  const deck = await loadDeck(SAMPLE_OUTLINE);
  server = await startLecternServer({
    deck: { ...deck, outlinePath: outline },
    deckDir: sample.deckDir,
    host: '127.0.0.1',
    port: 0,
    token: 'rehearse-test-token-0123456789',
  });
  browser = await launchBrowser();
  ({ page } = await openDeckPage(browser, `${server.url}&rehearse`));
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const clock = (on: Page) =>
  on.evaluate(() =>
    (window as unknown as { speechdeckRehearsal: () => { running: boolean; paused: boolean } }).speechdeckRehearsal(),
  );
const slide = (on: Page, h: number) =>
  on.waitForFunction(
    (want) => (window as unknown as { speechdeck: { getIndices(): { h: number } } }).speechdeck.getIndices().h === want,
    {},
    h,
  );

describe('a rehearsal', () => {
  it('shows its keys, then times the slides as the speaker moves through them, pausing on Z', async () => {
    expect(await page.$eval('.sd-rehearsal-panel', (panel) => panel.textContent)).toContain('R 开始/结束试讲');
    await page.keyboard.press('r');
    await page.waitForFunction(() => document.querySelector('.sd-rehearsal-panel')?.textContent?.includes('试讲中'));
    await page.keyboard.press('ArrowRight');
    await slide(page, 1);
    await page.keyboard.press('ArrowRight');
    await slide(page, 2);
    await page.keyboard.press('z');
    await page.waitForFunction(() => document.querySelector('.sd-rehearsal-panel.sd-paused'));
    expect(await clock(page)).toMatchObject({ running: true, paused: true });
    await page.keyboard.press('z');
    await page.waitForFunction(() => !document.querySelector('.sd-rehearsal-panel.sd-paused'));
    // `P` is still reveal's previous slide, not ours.
    await page.keyboard.press('p');
    await slide(page, 1);
    expect(await clock(page)).toMatchObject({ running: true, paused: false });
  });

  it('ends from the speaker view with the table there, and is saved beside the outline', async () => {
    const opened = new Promise<Target>((resolve) => browser!.once('targetcreated', resolve));
    await page.keyboard.press('s');
    const speaker = (await (await opened).page())!;
    await speaker.waitForFunction(
      () => getComputedStyle(document.querySelector('#connection-status')!).display === 'none',
      { timeout: 30_000 },
    );
    await speaker.waitForFunction(() => document.querySelector('.sd-rehearsal-panel')?.textContent?.includes('试讲中'));
    await speaker.keyboard.press('r');
    await speaker.waitForSelector('.sd-rehearsal-result[data-saved]', { timeout: 30_000 });
    const result = await speaker.evaluate(() => ({
      rows: document.querySelectorAll('.sd-rehearsal-result tr').length,
      total: document.querySelector('.sd-rehearsal-result tr.sd-total')?.textContent,
      saved: document.querySelector('.sd-rehearsal-saved')?.textContent,
    }));
    const slides = (await loadDeck(SAMPLE_OUTLINE)).plan.slides.length;
    // A heading, a row a slide, the total.
    expect(result.rows).toBe(slides + 2);
    expect(result.total).toContain('合计');
    expect(result.saved).toContain('已保存到');
    expect(await clock(page)).toMatchObject({ running: false });

    const [rehearsal, ...more] = await readRehearsals(outline);
    expect(more).toEqual([]);
    expect(rehearsal!.slides).toHaveLength(slides);
    // Only the slides shown were timed (and the speaker went back to the second, not on).
    expect(rehearsal!.slides.slice(3).every((s) => s.seconds === 0)).toBe(true);
    await speaker.keyboard.press('Escape');
    await speaker.waitForFunction(() => !document.querySelector('.sd-rehearsal-result'));
  });
});
