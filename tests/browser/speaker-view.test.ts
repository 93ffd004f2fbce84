// The speaker view, opened with S from the deck on file://: Chinese labels in the bundled font, notes, pacing clock.
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Target } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/outputs/browser/launch.ts';
import { openDeckPage } from '../support/browser.ts';

const sample = inject('sample');
let browser: Browser;
let speaker: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const { page } = await openDeckPage(browser, `${pathToFileURL(sample.indexHtml).href}#/5`);
  const opened = new Promise<Target>((resolve) => browser.once('targetcreated', resolve));
  await page.keyboard.press('s');
  speaker = (await (await opened).page())!;
  await speaker.waitForFunction(
    () => getComputedStyle(document.querySelector('#connection-status')!).display === 'none',
    { timeout: 30_000 },
  );
  await speaker.waitForFunction(() => document.querySelector('.speaker-controls-notes .value')?.textContent?.trim(), {
    timeout: 30_000,
  });
});

afterAll(async () => {
  if (browser) await closeBrowser(browser);
});

describe('the speaker view', () => {
  it('speaks Chinese', async () => {
    const view = await speaker.evaluate(() => ({
      title: document.title,
      lang: document.documentElement.lang,
      labels: [...document.querySelectorAll('h4.label, #upcoming-slide .label')].map((e) => e.textContent!.trim()),
    }));
    expect(view.title).toBe('演讲者视图');
    expect(view.lang).toBe('zh-CN');
    expect(view.labels).toEqual(expect.arrayContaining(['下一页', '演讲备注']));
    expect(view.labels.join(' ')).not.toMatch(/Upcoming|Notes|Pacing/);
  });

  it('sets 下一页 above the next slide, not over its title', async () => {
    // (the view's own style is added just after reveal writes the page: wait for it, never for time)
    const apart = await speaker.waitForFunction(
      () => {
        const label = document.querySelector('#upcoming-slide .label')?.getBoundingClientRect();
        const frame = document.querySelector('#upcoming-slide iframe')?.getBoundingClientRect();
        return !!label && !!frame && frame.height > 100 && label.bottom <= frame.top;
      },
      { timeout: 10_000 },
    );
    expect(await apart.jsonValue()).toBe(true);
  });

  it("shows the current slide's notes in the bundled Chinese font, really loaded", async () => {
    const notes = await speaker.evaluate(async () => {
      const text = document.querySelector('.speaker-controls-notes .value')!.textContent!;
      await document.fonts.ready;
      return {
        text,
        family: getComputedStyle(document.querySelector('.speaker-controls-notes .value')!).fontFamily,
        loaded:
          document.fonts.check('400 20px "Noto Sans SC"', text.slice(0, 10)) &&
          [...document.fonts].some((f) => f.status === 'loaded'),
      };
    });
    expect(notes.text).toContain('群众工作面对的对象');
    expect(notes.family).toContain('Noto Sans SC');
    expect(notes.loaded).toBe(true);
  });

  it("shows the pacing clock, set from each slide's estimated time", async () => {
    const pacing = await speaker.evaluate(() => getComputedStyle(document.querySelector('.pacing')!).display);
    expect(pacing).not.toBe('none');
  });
});
